// Writes the AsciiDoc man page of every zonelint command into the folder given (make docs).
// picocli's generator needs the full command tree, which the launcher no longer builds at start.
import dev.zonelint.cli.Main;
import java.io.File;
import picocli.codegen.docgen.manpage.ManPageGenerator;

public class ManPages {
  public static void main(String[] args) throws Exception {
    File out = new File(args[0]);
    System.exit(
        ManPageGenerator.generateManPage(
            out, null, new boolean[0], true, Main.fullCommandLine().getCommandSpec()));
  }
}
