/**
 * One class per rule. Each names its diagnostic code, the OpenShift or registry rule it enforces,
 * and reports every finding with the catalog line that caused it.
 */
package org.imagecatalog.validate.rules;
