/**
 * Loading: reads the HOCON catalog hermetically and binds it into the immutable model.
 *
 * <p>{@code HoconCatalog} parses with Typesafe Config (JSON catalogs too: JSON is HOCON), and the
 * key scan reads the text for what the parsed tree loses: where each key was written, and
 * definitions written twice. Parsing never consults the environment, system properties, the
 * classpath or the network, so the same catalog gives the same model on any machine. Shape problems
 * (unknown keys, wrong types, duplicates) become diagnostics here; cross-cutting rules live in
 * {@code validate}. Reads only the catalog and the files it includes.
 *
 * <p>It also holds the one YAML reader, {@code YamlDocuments}, for import's inputs and
 * verification's read-back: each syntax is read by one library, and each library is used here only,
 * into the same parser-neutral {@code Value} tree.
 */
package org.imagecatalog.load;
