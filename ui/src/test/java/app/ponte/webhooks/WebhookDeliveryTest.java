package app.ponte.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.contact.AddContact;
import app.ponte.contact.ContactId;
import app.ponte.contact.EraseContact;
import app.ponte.contact.ErasureGround;
import app.ponte.contact.PersonalDetails;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationType;
import app.ponte.organization.RegisterOrganization;
import app.ponte.program.AmendProgram;
import app.ponte.program.LaunchProgram;
import app.ponte.program.ProgramId;
import app.ponte.shared.CountryCode;
import app.ponte.shared.Period;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Webhooks delivered by a real Ponte to a real local receiver over HTTP, signatures checked by Node. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Period PERIOD = new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31));

    private WebhookNode node;
    private WebhookReceiver receiver;
    private CommandGateway commands;

    @BeforeAll
    void start() throws Exception {
        node = WebhookNode.start(Files.createTempDirectory("ponte-webhooks"), "",
                "--ponte.webhooks.disable-after-failures=5");
        receiver = new WebhookReceiver();
        commands = node.bean(CommandGateway.class);
    }

    @AfterAll
    void stop() {
        receiver.close();
        node.close();
    }

    record Registered(String endpointId, String secret) {}

    private Registered register(String path, List<String> types, List<ProgramId> programs, boolean personalData)
            throws Exception {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", "receiver " + path);
        body.put("url", receiver.url(path));
        body.put("eventTypes", types);
        body.put("programs", programs.stream().map(Object::toString).toList());
        body.put("personalData", personalData);
        var answer = node.post("/webhooks", JSON.writeValueAsString(body));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        var issued = JSON.readTree(answer.body());
        assertThat(issued.at("/secret").asText()).matches("^whsec_[A-Za-z0-9+/]+=*$");
        return new Registered(issued.at("/endpoint/endpointId").asText(), issued.at("/secret").asText());
    }

    private OrganizationId organization() {
        var id = OrganizationId.random();
        commands.sendAndWait(new RegisterOrganization(id, "ALISEI cluster " + id, null, OrganizationType.CLUSTER,
                new CountryCode("IT"), "Torino", null));
        return id;
    }

    private static void await(String what, Duration timeout, BooleanSupplier done) throws InterruptedException {
        var until = Instant.now().plus(timeout);
        while (!done.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(until);
            Thread.sleep(25);
        }
    }

    private static JsonNode body(WebhookReceiver.Received received) {
        try {
            return JSON.readTree(received.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private JsonNode deliveries(String endpointId) throws Exception {
        var answer = node.get("/webhooks/" + endpointId + "/deliveries?limit=200");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body()).get("items");
    }

    @Test
    void deliversMatchingEventsAndATestEventSignedSoThatNodeAgrees() throws Exception {
        var hook = register("/signed", List.of("ProgramLaunched", "OrganizationRegistered"), List.of(), false);
        var promoter = organization();
        var program = ProgramId.random();
        commands.sendAndWait(new LaunchProgram(program, "Italy–China 信号", promoter, List.of(new CountryCode("CN")),
                PERIOD));
        var test = node.post("/webhooks/" + hook.endpointId() + "/test", "");
        assertThat(test.statusCode()).as(test.body()).isEqualTo(202);

        await("three deliveries", Duration.ofSeconds(20), () -> receiver.received("/signed").size() >= 3);
        var received = receiver.received("/signed");
        assertThat(received).hasSize(3).allSatisfy(r -> {
            assertThat(r.id()).startsWith("msg_");
            assertThat(Long.parseLong(r.timestamp())).isCloseTo(Instant.now().getEpochSecond(),
                    org.assertj.core.data.Offset.offset(60L));
            assertThat(r.signature()).startsWith("v1,");
        });
        assertThat(received.stream().map(r -> body(r).get("type").asText()))
                .containsExactlyInAnyOrder("OrganizationRegistered", "ProgramLaunched", "webhook.test");
        var launched = received.stream().map(WebhookDeliveryTest::body)
                .filter(b -> b.get("type").asText().equals("ProgramLaunched")).findFirst().orElseThrow();
        assertThat(launched.at("/data/programId").asText()).isEqualTo(program.toString());
        assertThat(launched.at("/data/name").asText()).isEqualTo("Italy–China 信号");
        assertThat(Instant.parse(launched.get("timestamp").asText())).isBefore(Instant.now());
        assertThat(NodeVerifier.assertAllValid(received, hook.secret())).isEqualTo(3);

        await("the log to show them delivered", Duration.ofSeconds(5), () -> {
            try {
                var log = deliveries(hook.endpointId());
                return log.size() == 3 && java.util.stream.StreamSupport.stream(log.spliterator(), false)
                        .allMatch(d -> d.get("status").asText().equals("DELIVERED"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        for (var delivery : deliveries(hook.endpointId())) {
            assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
            assertThat(delivery.get("lastStatusCode").asInt()).isEqualTo(200);
        }
    }

    @Test
    void everyAttemptOfADeliveryCarriesTheSameWebhookId() throws Exception {
        var refusals = new AtomicInteger();
        receiver.refuse(r -> r.path().equals("/retry") && refusals.incrementAndGet() <= 2);
        var hook = register("/retry", List.of("ProgramLaunched"), List.of(), false);
        commands.sendAndWait(new LaunchProgram(ProgramId.random(), "Retried program", organization(),
                List.of(new CountryCode("CN")), PERIOD));

        await("a third attempt", Duration.ofSeconds(20), () -> receiver.received("/retry").size() >= 3);
        var attempts = receiver.received("/retry");
        assertThat(attempts.stream().map(WebhookReceiver.Received::id).distinct()).hasSize(1);
        assertThat(attempts.stream().map(WebhookReceiver.Received::status)).containsExactly(503, 503, 200);
        assertThat(attempts.stream().map(WebhookReceiver.Received::body).distinct()).hasSize(1);
        NodeVerifier.assertAllValid(attempts, hook.secret());
        await("the log to show three attempts", Duration.ofSeconds(5), () -> {
            try {
                var log = deliveries(hook.endpointId());
                return log.size() == 1 && log.get(0).get("status").asText().equals("DELIVERED");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        var delivery = deliveries(hook.endpointId()).get(0);
        assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
        assertThat(delivery.get("webhookId").asText()).isEqualTo(attempts.get(0).id());
    }

    @Test
    void anEndpointDisabledForFailingGetsEverythingInOrderPerRecordOnceEnabledAgain() throws Exception {
        receiver.refuse(r -> r.path().equals("/down"));
        var hook = register("/down", List.of("ProgramLaunched", "ProgramAmended"), List.of(), false);
        var promoter = organization();
        var programs = List.of(ProgramId.random(), ProgramId.random(), ProgramId.random());
        for (int version = 0; version < 4; version++) {
            for (var program : programs) {
                if (version == 0) {
                    commands.sendAndWait(new LaunchProgram(program, program + " v0", promoter,
                            List.of(new CountryCode("CN")), PERIOD));
                } else {
                    commands.sendAndWait(new AmendProgram(program, program + " v" + version, promoter,
                            List.of(new CountryCode("CN")), PERIOD));
                }
            }
        }
        await("the endpoint to be disabled with a notice", Duration.ofSeconds(20), () -> {
            var answer = node.get("/webhooks/" + hook.endpointId());
            try {
                return !JSON.readTree(answer.body()).get("enabled").asBoolean();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        var endpoint = JSON.readTree(node.get("/webhooks/" + hook.endpointId()).body());
        // Deliveries of different records fail concurrently, so the count that crossed the threshold may be past it.
        var notice = java.util.regex.Pattern.compile("after (\\d+) failed attempts in a row")
                .matcher(endpoint.get("notice").asText());
        assertThat(notice.find()).as(endpoint.get("notice").asText()).isTrue();
        assertThat(Integer.parseInt(notice.group(1))).isGreaterThanOrEqualTo(5);
        assertThat(endpoint.get("notice").asText()).contains("503");
        int refusedSoFar = receiver.received("/down").size();
        Thread.sleep(500);
        assertThat(receiver.received("/down")).as("nothing is sent to a disabled endpoint").hasSize(refusedSoFar);

        receiver.refuse(r -> false);
        var enabled = node.post("/webhooks/" + hook.endpointId() + "/enable", "");
        assertThat(enabled.statusCode()).as(enabled.body()).isEqualTo(200);
        await("all twelve events", Duration.ofSeconds(30), () -> receiver.received("/down").stream()
                .filter(r -> r.status() == 200).count() >= 12);

        var delivered = receiver.received("/down").stream().filter(r -> r.status() == 200).toList();
        assertThat(delivered.stream().map(WebhookReceiver.Received::id).distinct()).hasSize(12);
        for (var program : programs) {
            var names = delivered.stream().map(WebhookDeliveryTest::body)
                    .filter(b -> b.at("/data/programId").asText().equals(program.toString()))
                    .map(b -> b.at("/data/name").asText()).toList();
            assertThat(names).containsExactly(program + " v0", program + " v1", program + " v2", program + " v3");
        }
        // Per record, no attempt of a later event went before an earlier one was delivered.
        for (var program : programs) {
            var seen = new ArrayList<String>();
            receiver.received("/down").stream().map(WebhookDeliveryTest::body)
                    .filter(b -> b.at("/data/programId").asText().equals(program.toString()))
                    .map(b -> b.at("/data/name").asText()).forEach(name -> {
                        if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(name)) {
                            seen.add(name);
                        }
                    });
            assertThat(seen).containsExactly(program + " v0", program + " v1", program + " v2", program + " v3");
        }
        NodeVerifier.assertAllValid(receiver.received("/down"), hook.secret());
    }

    @Test
    void personalDataGoesOnlyToEndpointsAllowedItAndNeverOnceTheContactIsErased() throws Exception {
        var allowed = register("/pd-allowed", List.of("ContactAdded"), List.of(), true);
        var withheld = register("/pd-withheld", List.of("ContactAdded"), List.of(), false);
        var organization = organization();
        var contact = ContactId.random();
        commands.sendAndWait(new AddContact(contact, new PersonalDetails("Fabrizio Conicella",
                "f.conicella@example.org", null), organization, "coordinator"));
        await("both endpoints", Duration.ofSeconds(20), () -> receiver.received("/pd-allowed").size() >= 1
                && receiver.received("/pd-withheld").size() >= 1);
        var open = body(receiver.received("/pd-allowed").get(0));
        assertThat(open.at("/data/fullName").asText()).isEqualTo("Fabrizio Conicella");
        assertThat(open.at("/data/email").asText()).isEqualTo("f.conicella@example.org");
        assertThat(open.at("/data/contactId").asText()).isEqualTo(contact.toString());
        var closed = receiver.received("/pd-withheld").get(0).body();
        assertThat(closed).doesNotContain("Conicella").doesNotContain("example.org").doesNotContain("ciphertext");
        assertThat(body(receiver.received("/pd-withheld").get(0)).at("/data/personalData").asText())
                .isEqualTo("withheld");
        assertThat(body(receiver.received("/pd-withheld").get(0)).at("/data/roleTitle").asText())
                .isEqualTo("coordinator");

        // An endpoint allowed personal data, disabled while the contact is added and erased, gets none of it.
        var late = register("/pd-late", List.of("ContactAdded", "ContactErased"), List.of(), true);
        var disabled = node.post("/webhooks/" + late.endpointId() + "/disable", "{\"reason\": \"maintenance\"}");
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(JSON.readTree(disabled.body()).get("notice").asText()).isEqualTo("maintenance");
        var erased = ContactId.random();
        commands.sendAndWait(new AddContact(erased, new PersonalDetails("Plinio Innocenzi", "p.innocenzi@example.org",
                "+86 10 1234 5678"), organization, "scientific counsellor"));
        commands.sendAndWait(new EraseContact(erased, ErasureGround.REQUESTED_BY_PERSON));
        assertThat(node.post("/webhooks/" + late.endpointId() + "/enable", "").statusCode()).isEqualTo(200);
        await("the erased contact's events", Duration.ofSeconds(20), () -> receiver.received("/pd-late").stream()
                .filter(r -> r.body().contains(erased.toString())).count() >= 2);
        var afterErasure = receiver.received("/pd-late").stream().filter(r -> r.body().contains(erased.toString()))
                .toList();
        assertThat(afterErasure).allSatisfy(r -> assertThat(r.body()).doesNotContain("Innocenzi")
                .doesNotContain("example.org").doesNotContain("1234"));
        var added = afterErasure.stream().map(WebhookDeliveryTest::body)
                .filter(b -> b.get("type").asText().equals("ContactAdded")).findFirst().orElseThrow();
        assertThat(added.at("/data/personalData").asText()).isEqualTo("erased");
        NodeVerifier.assertAllValid(receiver.received("/pd-allowed"), allowed.secret());
        NodeVerifier.assertAllValid(receiver.received("/pd-withheld"), withheld.secret());
    }

    @Test
    void aRotatedSecretSignsFromThenOn() throws Exception {
        var hook = register("/rotate", List.of("OrganizationRegistered"), List.of(), false);
        organization();
        await("the first", Duration.ofSeconds(20), () -> receiver.received("/rotate").size() >= 1);
        var rotated = node.post("/webhooks/" + hook.endpointId() + "/rotate-secret", "");
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        var secret = JSON.readTree(rotated.body()).get("secret").asText();
        assertThat(secret).isNotEqualTo(hook.secret()).startsWith("whsec_");
        assertThat(JSON.readTree(rotated.body()).at("/endpoint/secretVersion").asInt()).isEqualTo(2);
        organization();
        await("the second", Duration.ofSeconds(20), () -> receiver.received("/rotate").size() >= 2);
        NodeVerifier.assertAllValid(receiver.received("/rotate").subList(0, 1), hook.secret());
        NodeVerifier.assertAllValid(receiver.received("/rotate").subList(1, 2), secret);
        var listed = node.get("/webhooks");
        assertThat(listed.body()).doesNotContain(secret).doesNotContain(hook.secret());
        assertThat(new HashSet<>(List.of(listed.statusCode()))).containsExactly(200);
    }
}
