/**
 * Loading: reads the HOCON catalog hermetically and binds it into the immutable model.
 *
 * <p>Two readers give one parser-neutral tree ({@code Value}) that the binder reads: {@code
 * HoconCatalog}, the only user of Typesafe Config, and {@code JsonCatalog}, the fast path for
 * catalogs in plain JSON, tested to give the same. Parsing never consults the environment, system
 * properties, the classpath or the network, so the same catalog gives the same model on any
 * machine. Shape problems (unknown keys, wrong types, duplicates) become diagnostics here;
 * cross-cutting rules live in {@code validate}.
 */
package org.imagecatalog.load;
