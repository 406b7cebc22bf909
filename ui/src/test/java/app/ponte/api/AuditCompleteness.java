package app.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.security.Role;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log promises every stored event, whatever its program: after a run of commands, the number of events in
 * the store and the number of entries an administrator's audit export lists must be the same. The log is built by a
 * streaming processor, so it is given time to catch up; a difference that stays is an event the audit left out.
 */
final class AuditCompleteness {

    private static final Logger log = LoggerFactory.getLogger(AuditCompleteness.class);

    private AuditCompleteness() {
    }

    static void assertEveryStoredEventIsAudited(PonteServer server) {
        var administrator = new ApiClient(server.port, World.TOKENS_IN_FIRST.get(Role.ADMINISTRATOR));
        long[] counts = new long[2];
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            long stored = server.events();
            var export = administrator.get("/api/v1/audit.csv");
            assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
            long audited = records(export.body()) - 1;
            counts[0] = stored;
            counts[1] = audited;
            assertThat(audited).as("entries in the administrator's audit export, for %d stored events", stored)
                    .isEqualTo(stored);
        });
        log.info("Audit completeness: {} events stored, {} in the audit export", counts[0], counts[1]);
    }

    /** The records of an RFC 4180 text, whose quoted fields may hold line breaks of their own. */
    static long records(String csv) {
        long records = 0;
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                records++;
            }
        }
        return csv.isEmpty() || csv.endsWith("\n") ? records : records + 1;
    }
}
