import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Rewrites the pre-Java-6 classes of a jar (picocli is compiled for Java 5) as Java 8 classes with
 * stack maps. Class-data sharing cannot archive classes older than version 50, so without this
 * every start loads, parses and verifies picocli from the jar. Needs JDK 24+ (ClassFile API).
 * Usage: java tools/Retarget.java target/zonelint.jar
 */
public final class Retarget {
  private static final int JAVA_6 = 50;
  private static final int JAVA_8 = 52;

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]).toAbsolutePath();
    int count = 0;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
        FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
      ClassFile cf =
          ClassFile.of(
              ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
              ClassFile.ClassHierarchyResolverOption.of(
                  ClassHierarchyResolver.defaultResolver()
                      .orElse(ClassHierarchyResolver.ofResourceParsing(loader))
                      .cached()));
      List<Path> classes;
      try (Stream<Path> files = Files.walk(fs.getPath("/"))) {
        classes = files.filter(p -> p.toString().endsWith(".class")).toList();
      }
      for (Path file : classes) {
        byte[] bytes = Files.readAllBytes(file);
        int major = ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
        if (major >= JAVA_6) {
          continue;
        }
        byte[] upgraded =
            cf.transformClass(
                cf.parse(bytes),
                // Rebuilding every method body is what makes the API compute the stack maps.
                ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)
                    .andThen(ClassTransform.endHandler(b -> b.withVersion(JAVA_8, 0))));
        Files.write(file, upgraded);
        count++;
      }
    }
    System.out.println("retarget: " + count + " classes of " + jar.getFileName() + " now Java 8");
  }
}
