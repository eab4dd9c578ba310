package dev.zonelint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Type;

/** The type and class fast paths answer as dnsjava's lookups do, in any letter case. */
class RecordReaderTest {
  @Test
  void typesAndClassesReadAsDnsjavaReadsThem() {
    for (int value = 0; value < 300; value++) {
      String name = Type.string(value);
      for (String text : new String[] {name, name.toLowerCase(Locale.ROOT)}) {
        assertEquals(Type.value(text), RecordReader.type(text), text);
        int dclass = DClass.value(text);
        int expected = dclass == DClass.ANY || dclass == DClass.NONE ? -1 : dclass;
        assertEquals(expected, RecordReader.dclass(text), text);
      }
    }
    for (String text : new String[] {"IN", "in", "CH", "CHAOS", "HS", "CLASS7", "ANY", "NONE"}) {
      int dclass = DClass.value(text);
      int expected = dclass == DClass.ANY || dclass == DClass.NONE ? -1 : dclass;
      assertEquals(expected, RecordReader.dclass(text), text);
      assertEquals(Type.value(text), RecordReader.type(text), text);
    }
  }
}
