package app.ponte.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Checks signatures with a second implementation: a few lines of Node using its own crypto module, written here
 * from the Standard Webhooks specification (the secret's Base64 after {@code whsec_} is the key; the MAC is over
 * {@code id.timestamp.body}). Node 20 is on the machine; the test fails if it is not.
 */
final class NodeVerifier {

    private static final String SCRIPT = """
            const crypto = require('crypto');
            const fs = require('fs');
            const [file, secret] = process.argv.slice(2);
            const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
            let valid = 0, invalid = 0;
            for (const r of JSON.parse(fs.readFileSync(file, 'utf8'))) {
              const expected = crypto.createHmac('sha256', key)
                  .update(r.id + '.' + r.timestamp + '.' + r.body, 'utf8').digest('base64');
              const given = r.signature.split(' ').filter(s => s.startsWith('v1,')).map(s => s.slice(3));
              if (given.some(g => g.length === expected.length
                  && crypto.timingSafeEqual(Buffer.from(g), Buffer.from(expected)))) valid++; else invalid++;
            }
            console.log(JSON.stringify({valid, invalid}));
            """;

    private NodeVerifier() {
    }

    /** Asserts that Node finds every request's signature valid for that secret, and returns how many it checked. */
    static int assertAllValid(List<WebhookReceiver.Received> requests, String secret) throws IOException,
            InterruptedException {
        var dir = Files.createTempDirectory("webhook-verify");
        var script = dir.resolve("verify.js");
        var data = dir.resolve("requests.json");
        Files.writeString(script, SCRIPT);
        var json = new ObjectMapper();
        json.writeValue(data.toFile(), requests.stream().map(r -> Map.of("id", r.id(), "timestamp", r.timestamp(),
                "signature", r.signature(), "body", r.body())).toList());
        var process = new ProcessBuilder("node", script.toString(), data.toString(), secret)
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.exitValue()).as(out).isZero();
        var result = json.readTree(out);
        assertThat(result.get("invalid").asInt()).as("signatures Node refused").isZero();
        assertThat(result.get("valid").asInt()).isEqualTo(requests.size());
        return requests.size();
    }
}
