/**
 * Import: existing ImageStream manifests and {@code supplementalCIImages} mapping files into an
 * idiomatic catalog, so adopting image-catalog is one command that loses nothing.
 *
 * <p>Reads YAML with the one YAML reader, {@code load.YamlDocuments} (aliases and merge keys
 * resolved, numbers kept as written, each value at its line), and builds the same model records the
 * loader builds; {@link CatalogWriter} turns them into HOCON text, which the pipeline then loads
 * from memory to validate it. Every document and field that is not imported is named: skipped kinds
 * and build outputs as notes, fields OpenShift ignores as warnings, fields the catalog cannot
 * express as errors. No file is written here.
 */
package org.imagecatalog.importer;
