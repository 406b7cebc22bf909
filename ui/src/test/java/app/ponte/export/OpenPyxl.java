package app.ponte.export;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Reads an XLSX with Python's openpyxl (Debian's python3-openpyxl, seen by /usr/bin/python3): a second reader,
 * independent of the POI that wrote the file. A test is skipped, saying why, only where that Python lacks openpyxl.
 */
public final class OpenPyxl {

    private static final String PYTHON = "/usr/bin/python3";

    private OpenPyxl() {
    }

    public static void assumeAvailable() throws Exception {
        boolean present = Files.isExecutable(Path.of(PYTHON))
                && new ProcessBuilder(PYTHON, "-c", "import openpyxl").start().waitFor() == 0;
        assumeTrue(present, PYTHON + " cannot import openpyxl: install Debian's python3-openpyxl to run this check");
    }

    /** The sheet as read_xlsx.py prints it. */
    public static JsonNode read(byte[] xlsx) throws Exception {
        assumeAvailable();
        Path file = Files.createTempFile("ponte-export", ".xlsx");
        Path script = Files.createTempFile("read_xlsx", ".py");
        try (InputStream source = OpenPyxl.class.getResourceAsStream("/export/read_xlsx.py")) {
            Files.write(file, xlsx);
            Files.write(script, source.readAllBytes());
            var process = new ProcessBuilder(PYTHON, script.toString(), file.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("openpyxl could not read the file: exit " + process.exitValue());
            }
            return new ObjectMapper().readTree(new String(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(script);
        }
    }
}
