/** Running a stage's independent items on every core. Depends on nothing else in the project. */
package org.imagecatalog.parallel;
