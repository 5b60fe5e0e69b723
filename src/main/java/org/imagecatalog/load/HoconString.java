package org.imagecatalog.load;

import com.typesafe.config.ConfigUtil;

/** HOCON's quoted strings, for the catalogs import writes: written as the loader will read them. */
public final class HoconString {
  private HoconString() {}

  /** The value as a HOCON quoted string, JSON's escapes and control characters escaped. */
  public static String quoted(String value) {
    return ConfigUtil.quoteString(value);
  }
}
