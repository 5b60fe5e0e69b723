/**
 * Loading: reads the HOCON catalog hermetically and binds it into the immutable model.
 *
 * <p>The only package that uses Typesafe Config. Parsing never consults the environment, system
 * properties, the classpath or the network, so the same catalog gives the same model on any
 * machine. Shape problems (unknown keys, wrong types, duplicates) become diagnostics here;
 * cross-cutting rules live in {@code validate}.
 */
package org.imagecatalog.load;
