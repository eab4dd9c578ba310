package dev.zonelint.cli;

import dev.zonelint.report.Version;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's command model built in code rather than read from annotations. Reading annotations
 * makes the JDK generate a proxy class per annotation type and picocli reflect on every field: that
 * was 70-90 ms of a git hook's 20-record check, against 15-20 ms for the same model built here.
 * Each option is bound to its field by a getter and a setter; the field's value when the model is
 * built is the option's initial (and shown default) value.
 */
final class Specs {
  /**
   * picocli (built for Java 5) converts paths through reflection, which spins method handles on a
   * cold start; this is the same conversion.
   */
  private static final ITypeConverter<Path> PATH = Path::of;

  private Specs() {}

  /**
   * A command that runs {@code command}, with {@code -h/--help} and {@code -V/--version} (what
   * picocli's {@code mixinStandardHelpOptions} adds, without its reflection).
   */
  static CommandSpec command(Object command, String name, String description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
    spec.usageMessage().description(description);
    spec.version("zonelint " + Version.VALUE);
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .description("Show this help message and exit.")
            .build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .description("Print version information and exit.")
            .build());
    return spec;
  }

  /** Lists exit codes in the usage help, each entry "code:meaning". */
  static void exitCodes(CommandSpec spec, String... codes) {
    Map<String, String> list = new LinkedHashMap<>();
    for (String code : codes) {
      int colon = code.indexOf(':');
      list.put(code.substring(0, colon), code.substring(colon + 1));
    }
    spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(list);
  }

  /** An option of {@code type} bound to a field; a {@code boolean} one is a flag. */
  static <T> OptionSpec.Builder option(
      Class<T> type, Supplier<T> get, Consumer<T> set, String... names) {
    return OptionSpec.builder(names)
        .type(type)
        .converters(converters(type))
        .initialValue(get.get())
        .getter(getter(get))
        .setter(setter(set));
  }

  /** An option that may repeat, its values also split at commas. */
  static <E> OptionSpec.Builder list(
      Class<E> element, Supplier<List<E>> get, Consumer<List<E>> set, String... names) {
    return OptionSpec.builder(names)
        .type(List.class)
        .auxiliaryTypes(element)
        .splitRegex(",")
        .initialValue(get.get())
        .getter(getter(get))
        .setter(setter(set));
  }

  /** A {@code KEY=VALUE} option that may repeat, its values also split at commas. */
  static OptionSpec.Builder map(
      Supplier<Map<String, String>> get, Consumer<Map<String, String>> set, String... names) {
    return OptionSpec.builder(names)
        .type(Map.class)
        .auxiliaryTypes(String.class, String.class)
        .splitRegex(",")
        .initialValue(get.get())
        .getter(getter(get))
        .setter(setter(set));
  }

  /** Positional parameters collected into a list. */
  static <E> PositionalParamSpec.Builder positionals(
      Class<E> element, Supplier<List<E>> get, Consumer<List<E>> set) {
    return PositionalParamSpec.builder()
        .type(List.class)
        .auxiliaryTypes(element)
        .converters(converters(element))
        .initialValue(get.get())
        .getter(getter(get))
        .setter(setter(set));
  }

  /** One positional parameter. */
  static <T> PositionalParamSpec.Builder positional(
      Class<T> type, Supplier<T> get, Consumer<T> set) {
    return PositionalParamSpec.builder()
        .type(type)
        .initialValue(get.get())
        .getter(getter(get))
        .setter(setter(set));
  }

  /** Our converters for {@code type}; none leaves the conversion to picocli. */
  private static ITypeConverter<?>[] converters(Class<?> type) {
    return type == Path.class ? new ITypeConverter<?>[] {PATH} : new ITypeConverter<?>[0];
  }

  private static IGetter getter(Supplier<?> get) {
    return new IGetter() {
      @Override
      // picocli's interface; it asks for the type the option was given
      @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
      public <T> T get() {
        return (T) get.get();
      }
    };
  }

  private static <V> ISetter setter(Consumer<V> set) {
    return new ISetter() {
      @Override
      @SuppressWarnings("unchecked") // picocli converts values to the option's type first
      public <T> T set(T value) {
        set.accept((V) value);
        return null;
      }
    };
  }
}
