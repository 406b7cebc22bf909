package app.ponte.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.imports.ImportChoices;
import app.ponte.imports.ImportKind;
import app.ponte.imports.ImportOptions;
import app.ponte.imports.ImportService;
import app.ponte.imports.RowOutcome;
import app.ponte.imports.Verdict;
import app.ponte.organization.ArchiveOrganization;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationType;
import app.ponte.organization.RegisterOrganization;
import app.ponte.security.Role;
import app.ponte.shared.Actor;
import app.ponte.shared.CountryCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.StreamSupport;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Imports through the running server's API, with messy files written here: what the preview says of each row, what
 * the run records (and with which metadata), that a second import changes nothing, and who may import.
 */
class ImportApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Random RANDOM = new Random();
    private static PonteServer server;

    @BeforeAll
    static void start() {
        server = PonteServer.get();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A word nobody else's test uses, so fuzzy matches can only be with this test's own records. */
    private static String word() {
        var word = new StringBuilder();
        word.append((char) ('A' + RANDOM.nextInt(26)));
        for (int i = 0; i < 7; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    private static String hanWord() {
        var word = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            word.appendCodePoint(0x5000 + RANDOM.nextInt(0x2000));
        }
        return word.toString();
    }

    static java.net.http.HttpResponse<String> upload(Role role, String fileName, byte[] content,
            Map<String, String> parameters) {
        return upload(World.TOKENS_IN_FIRST.get(role), fileName, content, parameters);
    }

    static java.net.http.HttpResponse<String> upload(String token, String fileName, byte[] content,
            Map<String, String> parameters) {
        String boundary = "----ponte" + RANDOM.nextLong();
        var body = new ByteArrayOutputStream();
        parameters.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; "
                + "name=\"" + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var api = new ApiClient(server.port, token);
        return api.send(api.request("/api/v1/imports")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static JsonNode json(java.net.http.HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static byte[] bom(String text) {
        var out = new ByteArrayOutputStream();
        out.write(0xEF);
        out.write(0xBB);
        out.write(0xBF);
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static JsonNode row(JsonNode preview, int number) {
        return StreamSupport.stream(preview.path("rows").spliterator(), false)
                .filter(r -> r.path("row").asInt() == number).findFirst().orElseThrow();
    }

    private static OrganizationId registered(String name, String nativeName, String website) {
        var id = OrganizationId.random();
        server.bean(CommandGateway.class).sendAndWait(new RegisterOrganization(id, name, nativeName,
                OrganizationType.UNIVERSITY, new CountryCode("CN"), "Hangzhou", website));
        awaitInDirectory(name);
        return id;
    }

    private static void awaitInDirectory(String name) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !new ApiClient(server.port,
                World.TOKENS_IN_FIRST.get(Role.ADMINISTRATOR)).get("/api/v1/organizations?q="
                        + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)).body().contains("\"items\":[]"));
    }

    @Test
    void previewsAMessyFileRowByRowAndWritesNothing() throws Exception {
        String w = word();
        String han = hanWord();
        registered("Zhejiang University " + w, "浙江大学" + han, null);
        registered("Politecnico di Torino " + w, null, "https://www.polito-" + w.toLowerCase() + ".it");
        String csv = "Ragione sociale;Nome originale;Paese;Città;Tipo;Sito web\r\n"
                + "\r\n"
                + "\"Città della Scienza " + w + " S.c.p.A.\";;Italia;Napoli;Cluster;\r\n"
                + "\"CITTA' DELLA SCIENZA " + w + "\";;IT;Napoli;Cluster;\r\n"
                + "浙江大学" + han + ";;CN;Hangzhou;Università;\r\n"
                + "\"Polito " + w + "\n(Torino)\";;IT;Torino;University;polito-" + w.toLowerCase() + ".it\r\n"
                + "\"Zhejiang Univ. " + w + "\";;CN;Hangzhou;University;\r\n"
                + "Nowhere " + w + ";;Atlantis;Torino;Company;\r\n"
                + "\r\n";
        long before = server.events();

        var response = upload(Role.PROGRAM_OFFICER, "directory.csv", bom(csv), Map.of("dryRun", "true"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var preview = json(response);
        assertThat(preview.path("encoding").asText()).isEqualTo("UTF-8 (BOM)");
        assertThat(preview.path("delimiter").asText()).isEqualTo(";");
        assertThat(preview.path("mapping").path("name").asText()).isEqualTo("Ragione sociale");
        assertThat(preview.path("mapping").path("city").asText()).isEqualTo("Città");
        assertThat(preview.path("mapping").path("website").asText()).isEqualTo("Sito web");
        assertThat(row(preview, 2).path("verdict").asText()).isEqualTo("NEW");
        // The same organization again, in capitals, with an apostrophe for the accent and no legal form.
        assertThat(row(preview, 3).path("verdict").asText()).isEqualTo("POSSIBLE_DUPLICATE");
        assertThat(row(preview, 3).path("candidates").get(0).path("row").asInt()).isEqualTo(2);
        // Already in the directory under its native name.
        assertThat(row(preview, 4).path("verdict").asText()).isEqualTo("UPDATE");
        // Matched by the website's domain, whatever its name.
        assertThat(row(preview, 5).path("verdict").asText()).isEqualTo("UPDATE");
        assertThat(row(preview, 5).path("values").path("name").asText()).contains("\n(Torino)");
        // A Latin name like the directory's, with its legal-form-free, abbreviated spelling.
        var similar = row(preview, 6);
        assertThat(similar.path("verdict").asText()).isEqualTo("POSSIBLE_DUPLICATE");
        assertThat(similar.path("candidates").get(0).path("name").asText()).isEqualTo("Zhejiang University " + w);
        assertThat(similar.path("candidates").get(0).path("score").asDouble()).isBetween(0.9, 1.0);
        assertThat(row(preview, 7).path("verdict").asText()).isEqualTo("ERROR");
        assertThat(row(preview, 7).path("field").asText()).isEqualTo("country");
        assertThat(server.events()).as("a dry run writes nothing").isEqualTo(before);
    }

    @Test
    void importsWithTheImportsMetadataAndASecondImportChangesNothing() throws Exception {
        String w = word();
        String han = hanWord();
        String csv = "Name,Native name,Country,City,Type,Website\n"
                + "Universita di Brera " + w + ",,Italy,Milano,University,\n"
                + han + "大学,," + "CN,Beijing,UNIVERSITY,\n"
                + "Bracco " + w + " Corp,博莱科" + han + "有限公司,CN,Shanghai,company,www.bracco-" + w.toLowerCase()
                + ".cn\n"
                + "Broken " + w + ",,IT,,Company,\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);

        var first = upload(Role.PROGRAM_OFFICER, "orgs.csv", file, Map.of());

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        var report = json(first);
        String importId = report.path("importId").asText();
        assertThat(report.path("counts").path("CREATED").asInt()).isEqualTo(3);
        assertThat(report.path("counts").path("FAILED").asInt()).isEqualTo(1);
        var broken = StreamSupport.stream(report.path("rows").spliterator(), false)
                .filter(r -> r.path("row").asInt() == 5).findFirst().orElseThrow();
        assertThat(broken.path("field").asText()).isEqualTo("city");
        assertThat(json(new ApiClient(server.port, World.TOKENS_IN_FIRST.get(Role.PROGRAM_OFFICER))
                .get("/api/v1/imports/" + importId)).path("counts").path("CREATED").asInt()).isEqualTo(3);

        String created = report.path("rows").get(2).path("recordId").asText();
        var event = server.bean(EventStore.class).readEvents(created).next();
        assertThat(event.getMetaData()).containsEntry(Actor.SOURCE, "IMPORT")
                .containsEntry(Actor.CORRELATION_ID, importId)
                .containsEntry(ImportService.FILE_KEY, "orgs.csv")
                .containsEntry(ImportService.ROW_KEY, 4);
        assertThat(event.getMetaData().get(Actor.ROLE)).isEqualTo("PROGRAM_OFFICER");

        long events = server.events();
        var again = upload(Role.PROGRAM_OFFICER, "orgs.csv", file, Map.of());
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(json(again).path("counts").path("CREATED").asInt()).isZero();
        assertThat(server.events()).as("the same file again records nothing").isEqualTo(events);

        // Once the directory shows them, the preview calls them updates.
        awaitInDirectory("Bracco " + w);
        var preview = json(upload(Role.PROGRAM_OFFICER, "orgs.csv", file, Map.of("dryRun", "true")));
        assertThat(row(preview, 4).path("verdict").asText()).isEqualTo("UPDATE");
        assertThat(row(preview, 4).path("targetId").asText()).isEqualTo(created);
    }

    @Test
    void readsAnXlsxWithDatesAsNumbersAndMapsColumnsAsTold() throws Exception {
        String w = word();
        byte[] file;
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Enti");
            var header = sheet.createRow(0);
            String[] names = {"Ente", "Nazione", "Sede operativa", "Tipologia", "Registrato il"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("Fondazione " + w);
            row.createCell(1).setCellValue("IT");
            row.createCell(2).setCellValue("Torino");
            row.createCell(3).setCellValue("Associazione");
            var date = row.createCell(4);
            date.setCellValue(LocalDate.of(2017, 5, 16));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            date.setCellStyle(style);
            workbook.write(out);
            file = out.toByteArray();
        }
        // "Ente" is not a header the organizations' name is guessed from, and "Sede operativa" only contains one.
        var preview = json(upload(Role.ADMINISTRATOR, "enti.xlsx", file, Map.of("dryRun", "true",
                "mapping.name", "Ente", "mapping.city", "Sede operativa")));
        assertThat(preview.path("format").asText()).isEqualTo("XLSX");
        assertThat(preview.path("headers").get(4).asText()).isEqualTo("Registrato il");
        var only = row(preview, 2);
        assertThat(only.path("verdict").asText()).as(only.toString()).isEqualTo("NEW");
        assertThat(only.path("values").path("city").asText()).isEqualTo("Torino");

        var wrong = upload(Role.ADMINISTRATOR, "enti.xlsx", file, Map.of("dryRun", "true", "mapping.name", "Nome"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(json(wrong).path("field").asText()).isEqualTo("mapping");
    }

    @Test
    void importsContactsOfOrganizationsNamedInTheRow() throws Exception {
        String w = word();
        var organization = registered("Tongji University " + w, "同济大学" + hanWord(), null);
        String csv = "Nome e cognome\tE-mail\tTelefono\tOrganizzazione\tRuolo\n"
                + "Li Wei " + w + "\tli." + w.toLowerCase() + "@tongji.example.cn\t+86 21 6598 0000\tTongji University "
                + w + "\tProfessor\n"
                + "Wei Li " + w + "\tLI." + w.toUpperCase() + "@TONGJI.EXAMPLE.CN\t\tTongji University " + w
                + "\tDean\n"
                + "Anna " + w + "\t\t\tNo such place " + w + "\tDirector\n";

        var report = json(upload(Role.PROGRAM_OFFICER, "contacts.tsv", csv.getBytes(StandardCharsets.UTF_8),
                Map.of("kind", "contacts")));

        assertThat(report.path("counts").path("CREATED").asInt()).as(report.toString()).isEqualTo(1);
        var rows = report.path("rows");
        assertThat(rows.get(1).path("verdict").asText()).as("the same e-mail as row 2").isEqualTo("POSSIBLE_DUPLICATE");
        assertThat(rows.get(1).path("status").asText()).isEqualTo("SKIPPED");
        assertThat(rows.get(2).path("field").asText()).isEqualTo("organization");
        String contact = rows.get(0).path("recordId").asText();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> new ApiClient(server.port,
                World.TOKENS_IN_FIRST.get(Role.ADMINISTRATOR)).get("/api/v1/contacts/" + contact).statusCode() == 200);
        var card = json(new ApiClient(server.port, World.TOKENS_IN_FIRST.get(Role.ADMINISTRATOR))
                .get("/api/v1/contacts/" + contact));
        assertThat(card.path("organizationId").asText()).isEqualTo(organization.toString());
    }

    @Test
    void viewersAndClusterManagersCannotImportAndNothingIsWritten() throws Exception {
        byte[] file = ("Name,Country,City,Type\nRefused " + word() + ",IT,Torino,Company\n")
                .getBytes(StandardCharsets.UTF_8);
        long before = server.events();
        for (Role role : List.of(Role.VIEWER, Role.CLUSTER_MANAGER)) {
            var refused = upload(role, "orgs.csv", file, Map.of());
            assertThat(refused.statusCode()).as(role + ": " + refused.body()).isEqualTo(403);
            assertThat(upload(role, "orgs.csv", file, Map.of("dryRun", "true")).statusCode()).isEqualTo(403);
        }
        assertThat(upload((String) null, "orgs.csv", file, Map.of()).statusCode()).isEqualTo(401);
        assertThat(server.events()).isEqualTo(before);
    }

    @Test
    void anotherUsersReportIsNotFound() throws Exception {
        byte[] file = ("Name,Country,City,Type\nMine " + word() + ",IT,Torino,Company\n")
                .getBytes(StandardCharsets.UTF_8);
        String importId = json(upload(Role.PROGRAM_OFFICER, "mine.csv", file, Map.of())).path("importId").asText();
        assertThat(new ApiClient(server.port, World.officerOfSecond).get("/api/v1/imports/" + importId)
                .statusCode()).isEqualTo(404);
        var csv = new ApiClient(server.port, World.TOKENS_IN_FIRST.get(Role.PROGRAM_OFFICER))
                .get("/api/v1/imports/" + importId + "/report.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("row,verdict,action,status").contains("2,NEW,CREATE,CREATED");
    }

    @Test
    void refusesTooLargeFilesAndBadChoicesByName() throws Exception {
        var large = upload(Role.ADMINISTRATOR, "big.csv", new byte[11 * 1024 * 1024], Map.of());
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(large.body()).contains("at most 10 MB");
        var justOver = upload(Role.ADMINISTRATOR, "big.csv", new byte[10 * 1024 * 1024 + 1], Map.of());
        assertThat(justOver.statusCode()).isEqualTo(422);
        assertThat(json(justOver).path("field").asText()).isEqualTo("file");
        byte[] file = ("Name,Country,City,Type\nChoice " + word() + ",IT,Torino,Company\n")
                .getBytes(StandardCharsets.UTF_8);
        var bad = upload(Role.ADMINISTRATOR, "c.csv", file, Map.of("onDuplicate", "explode"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).path("parameter").asText()).isEqualTo("onDuplicate");
        long before = server.events();
        var impossible = upload(Role.ADMINISTRATOR, "c.csv", file, Map.of("rows", "2:merge"));
        assertThat(impossible.statusCode()).isEqualTo(422);
        assertThat(json(impossible).path("field").asText()).isEqualTo("rows");
        assertThat(server.events()).isEqualTo(before);
    }

    @Test
    void aRowThatFailsWhenRunWritesNothingAndTheOthersGoOn() {
        String w = word();
        var archived = registered("Archivio " + w, null, "https://archivio-" + w.toLowerCase() + ".it");
        ProgramScopingTest.signInToTheUi(Role.PROGRAM_OFFICER);
        var service = server.bean(ImportService.class);
        var table = app.ponte.imports.TableReader.read("f.csv", ("Name,Country,City,Type,Website\n"
                + "Archivio " + w + ",CN,Hangzhou,University,archivio-" + w.toLowerCase() + ".it\n"
                + "Nuovo " + w + ",IT,Torino,Company,\n").getBytes(StandardCharsets.UTF_8));
        var preview = service.preview(table, app.ponte.imports.ColumnMapping.guess(ImportKind.ORGANIZATIONS,
                table.headers()), ImportOptions.NONE);
        assertThat(preview.rows().get(0).verdict()).isEqualTo(Verdict.UPDATE);
        // Archived between the preview and the run.
        server.bean(CommandGateway.class).sendAndWait(new ArchiveOrganization(archived, "closed"));
        long before = server.bean(EventStore.class).readEvents(archived.toString()).asStream().count();

        var report = service.run(preview, ImportChoices.DEFAULTS, done -> { });

        assertThat(report.rows().get(0).status()).isEqualTo(RowOutcome.Status.FAILED);
        assertThat(report.rows().get(0).message()).contains("archived");
        assertThat(report.rows().get(1).status()).isEqualTo(RowOutcome.Status.CREATED);
        assertThat(server.bean(EventStore.class).readEvents(archived.toString()).asStream().count())
                .isEqualTo(before);
    }

    @Test
    void rowsAimedAtOneRecordLandInTheFilesOrderWhileTheOthersRunAlongside() {
        String w = word();
        var target = registered("Ordine " + w, null, "https://ordine-" + w.toLowerCase() + ".cn");
        ProgramScopingTest.signInToTheUi(Role.PROGRAM_OFFICER);
        var service = server.bean(ImportService.class);
        var csv = new StringBuilder("Name,Country,City,Type,Website\n");
        for (int i = 1; i <= 12; i++) {
            // Every other row corrects the same record (its website is the natural key); the rest are new records
            // spread over the other lanes.
            csv.append("Ordine ").append(w).append(",CN,Città ").append(i).append(",University,ordine-")
                    .append(w.toLowerCase()).append(".cn\n");
            csv.append(word()).append(' ').append(word()).append(",IT,Torino,Company,\n");
        }
        var preview = service.preview("order.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                ImportKind.ORGANIZATIONS, Map.of(), ImportOptions.NONE);
        assertThat(preview.rows().get(0).verdict()).isEqualTo(Verdict.UPDATE);

        var report = service.run(preview, new ImportChoices(null, null, app.ponte.imports.ImportAction.MERGE,
                Map.of()), done -> { });

        assertThat(report.rows()).extracting(RowOutcome::row)
                .as("the report keeps the file's order").isSorted().hasSize(24);
        assertThat(report.counts().get(RowOutcome.Status.CREATED)).isEqualTo(12);
        var cities = server.bean(EventStore.class).readEvents(target.toString()).asStream()
                .map(event -> event.getPayload())
                .filter(app.ponte.organization.OrganizationDetailsCorrected.class::isInstance)
                .map(event -> ((app.ponte.organization.OrganizationDetailsCorrected) event).city())
                .toList();
        assertThat(cities).containsExactly(java.util.stream.IntStream.rangeClosed(1, 12)
                .mapToObj(i -> "Città " + i).toArray(String[]::new));
    }

    @Test
    void findsDuplicatesAmongStoredOrganizationsForOfficersOnly() throws Exception {
        String w = word();
        var commands = server.bean(CommandGateway.class);
        var first = OrganizationId.random();
        var second = OrganizationId.random();
        commands.sendAndWait(new RegisterOrganization(first, "ACME " + w + " S.p.A.", null, OrganizationType.COMPANY,
                new CountryCode("IT"), "Milano", null));
        commands.sendAndWait(new RegisterOrganization(second, "Acme " + w + " SpA", null, OrganizationType.COMPANY,
                new CountryCode("IT"), "Milano", null));
        registered("Acme " + w + " Robotics", null, null);
        var officer = new ApiClient(server.port, World.TOKENS_IN_FIRST.get(Role.PROGRAM_OFFICER));

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var pairs = StreamSupport.stream(json(officer.get("/api/v1/directory/duplicates?limit=200"))
                    .path("items").spliterator(), false)
                    .filter(p -> p.path("firstName").asText().contains(w) || p.path("secondName").asText().contains(w))
                    .toList();
            assertThat(pairs).singleElement().satisfies(pair -> {
                assertThat(pair.path("firstId").asText() + pair.path("secondId").asText())
                        .contains(first.toString(), second.toString());
                assertThat(pair.path("score").asDouble()).isEqualTo(1.0);
                assertThat(pair.path("reason").asText()).startsWith("same name");
                assertThat(pair.path("kind").asText()).isEqualTo("ORGANIZATION");
            });
        });
        var viewer = new ApiClient(server.port, World.TOKENS_IN_FIRST.get(Role.VIEWER));
        assertThat(viewer.get("/api/v1/directory/duplicates").statusCode()).isEqualTo(403);
        var bad = officer.get("/api/v1/directory/duplicates?kind=people");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("kind");
        assertThat(officer.get("/api/v1/directory/duplicates?kind=contacts").statusCode()).isEqualTo(200);
    }

    @Test
    void undoArchivesWhatTheImportCreated() {
        String w = word();
        ProgramScopingTest.signInToTheUi(Role.ADMINISTRATOR);
        var service = server.bean(ImportService.class);
        var preview = service.preview("u.csv", ("Name,Country,City,Type\nUndone " + w + ",IT,Torino,Company\n"
                + "Kept " + w + ",IT,Torino,Company\n").getBytes(StandardCharsets.UTF_8), ImportKind.ORGANIZATIONS,
                Map.of(), ImportOptions.NONE);
        var report = service.run(preview, ImportChoices.DEFAULTS, done -> { });
        var kept = OrganizationId.of(report.rows().get(1).recordId());
        server.bean(CommandGateway.class).sendAndWait(new app.ponte.organization.RenameOrganization(kept,
                "Kept and renamed " + w, null));

        var left = service.undo(report.importId());

        assertThat(left).singleElement().asString().contains("row 3");
        var admin = new ApiClient(server.port, World.TOKENS_IN_FIRST.get(Role.ADMINISTRATOR));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var cards = json(admin.get("/api/v1/organizations?q=" + w)).path("items");
            assertThat(StreamSupport.stream(cards.spliterator(), false)
                    .map(card -> card.path("name").asText() + "=" + card.path("status").asText()))
                    .contains("Undone " + w + "=ARCHIVED", "Kept and renamed " + w + "=ACTIVE");
        });
    }
}
