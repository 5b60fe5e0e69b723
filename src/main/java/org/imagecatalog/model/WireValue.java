package org.imagecatalog.model;

import java.util.Arrays;
import java.util.Optional;

/** An enum constant spelled as the OpenShift API spells it; the catalog uses the same spelling. */
public interface WireValue {
  String wire();

  static <E extends Enum<E> & WireValue> Optional<E> parse(Class<E> type, String text) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.wire().equals(text)).findFirst();
  }

  static <E extends Enum<E> & WireValue> String choices(Class<E> type) {
    return String.join(" | ", Arrays.stream(type.getEnumConstants()).map(WireValue::wire).toList());
  }
}
