/**
 * Verification: every YAML output is parsed back on every run, before anything is written, and
 * every ImageStream in it must equal, field for field, the manifest the model describes.
 *
 * <p>This is what makes user templates safe to change: a template that drops a field, mis-quotes a
 * value, writes a key twice or breaks indentation is caught here, naming the file and the
 * difference. Reads YAML with the one YAML reader, {@code load.YamlDocuments}; reads the rendered
 * tree in memory, never the disk.
 */
package org.imagecatalog.verify;
