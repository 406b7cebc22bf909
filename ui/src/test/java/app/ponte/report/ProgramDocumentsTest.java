package app.ponte.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import app.ponte.PonteApplication;
import app.ponte.dashboard.GetProgramDashboard;
import app.ponte.dashboard.GetProgramResults;
import app.ponte.dashboard.IndicatorProgress;
import app.ponte.dashboard.ProgramDashboard;
import app.ponte.dashboard.ProgramResults;
import app.ponte.program.ProgramId;
import app.ponte.security.ApiTokens;
import app.ponte.security.Role;
import app.ponte.security.UserDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

/**
 * The documents written for a program, read back by independent readers: the IATI activity files of the demo
 * program and of a generated 40-program data set validate against the official IATI 2.03 schema (through
 * {@code javax.xml.validation}, and Debian's xmllint when it is installed), use only codes of the IATI codelists,
 * and carry the dashboard's own actuals; the API serves them scoped to the caller's programs.
 *
 * <p>The schemas and codelists are copies, unchanged, of {@code ../shared/iati} in {@code src/test/resources/iati}
 * (open data; its README asks to keep the three schema files together), so that a fresh clone validates too.
 */
class ProgramDocumentsTest {

    static final ProgramId DEMO = new ProgramId(demoId("program:miur-italy-china"));
    private static final String IATI_ACTIVITIES = "/iati/iati-activities-schema.xsd";

    private static ConfigurableApplicationContext app;
    private static Path dataDir;
    private static ProgramSets.Generated generated;

    @BeforeAll
    static void startWithTheDemoAndFortyPrograms() throws Exception {
        dataDir = Files.createTempDirectory("ponte-program-documents-test");
        app = new SpringApplicationBuilder(PonteApplication.class).run(
                "--server.port=0",
                "--ponte.mongodb.uri=",
                "--ponte.data-dir=" + dataDir,
                "--ponte.demo.enabled=true",
                "--ponte.iati.reporting-org-ref=XM-DAC-6-TEST",
                "--ponte.admin.username=admin",
                "--ponte.admin.password=correct horse battery staple",
                "--vaadin.launch-browser=false");
        generated = ProgramSets.generate(app.getBean(CommandGateway.class), "iati", 40, 1, 3);
        waitFor(DEMO, results -> !results.missions().isEmpty() && results.outcomes() > 0);
        for (ProgramId program : generated.programs()) {
            waitFor(program, results -> results.missions().size() == 1 && results.outcomes() == 2);
        }
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theDemoProgramsIatiFileIsValidUsesOnlyCodelistCodesAndCarriesTheDashboardsActuals() throws Exception {
        var service = app.getBean(IatiService.class);
        byte[] file = service.write(List.of(activity(DEMO)));
        validate(file);
        assertCodesAreInTheCodelists(file);

        Document xml = parse(file);
        Element activity = (Element) xml.getElementsByTagName("iati-activity").item(0);
        assertThat(text(activity, "iati-identifier")).isEqualTo("XM-DAC-6-TEST-" + DEMO);
        assertThat(narratives(activity, "title")).containsEntry("en",
                "Italy–China research and innovation internationalization program").containsKey("it");
        assertThat(narratives(activity, "description").get("en")).contains(
                "Ministry of Education, University and Research (MIUR)", "Italy and China");
        assertThat(narratives(activity, "description").get("it")).contains("Italia e Cina");
        assertThat(participants(activity)).contains(
                "1 Ministry of Education, University and Research (MIUR)",
                "2 Ministry of Education, University and Research (MIUR)",
                "3 Città della Scienza",
                "4 ALISEI – Technological Cluster of Excellence on Life Sciences");
        assertThat(attributes(activity, "recipient-country", "code")).containsExactly("IT", "CN");
        assertThat(attributes(activity, "recipient-country", "percentage")).containsExactly("50.00", "50.00");

        // Every indicator of the dashboard, in its current period, is a period of the file with the same figures.
        ProgramDashboard dashboard = unscoped().query(new GetProgramDashboard(DEMO), ProgramDashboard.class).join();
        assertThat(dashboard.indicators()).isNotEmpty();
        Set<String> periods = periods(activity);
        for (IndicatorProgress indicator : dashboard.indicators()) {
            assertThat(periods).as("the period of %s", indicator.kind()).contains(indicator.periodStart() + ".."
                    + indicator.periodEnd() + " target " + indicator.target() + " actual " + indicator.actual());
        }
        // The dashboard shows 2018; the mission of May 2017 counts in the 2017 periods, which the file reports too.
        assertThat(periods).anyMatch(period -> period.startsWith("2017-01-01..2017-12-31")
                && !period.endsWith("actual 0"));
    }

    @Test
    void aGeneratedFortyProgramDataSetIsValidAndUsesOnlyCodelistCodes() throws Exception {
        var activities = new ArrayList<IatiActivity>();
        for (ProgramId program : generated.programs()) {
            activities.add(activity(program));
        }
        byte[] file = app.getBean(IatiService.class).write(activities);
        validate(file);
        assertCodesAreInTheCodelists(file);

        Document xml = parse(file);
        NodeList all = xml.getElementsByTagName("iati-activity");
        assertThat(all.getLength()).isEqualTo(40);
        var statuses = new HashSet<String>();
        var identifiers = new HashSet<String>();
        for (int i = 0; i < all.getLength(); i++) {
            Element activity = (Element) all.item(i);
            identifiers.add(text(activity, "iati-identifier"));
            statuses.addAll(attributes(activity, "activity-status", "code"));
            // Three meetings held in 2020 against a target of 10 + p; three outcomes... two logged, in 2020-21.
            assertThat(periods(activity)).anyMatch(p -> p.startsWith("2020-01-01..2020-12-31") && p.endsWith(
                    "actual 3")).contains("2020-01-01..2021-12-31 target 5 actual 2");
            var shares = attributes(activity, "recipient-country", "percentage").stream()
                    .map(java.math.BigDecimal::new).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
            assertThat(shares).isEqualByComparingTo("100");
        }
        assertThat(identifiers).hasSize(40);
        // Closed programs, and ones past their end or still running.
        assertThat(statuses).contains(IatiActivityFile.CLOSED, IatiActivityFile.FINALISATION,
                IatiActivityFile.IMPLEMENTATION);
    }

    @Test
    void theApiServesIatiFilesScopedToTheCallersPrograms() throws Exception {
        var users = app.getBean(UserDirectory.class);
        var tokens = app.getBean(ApiTokens.class);
        ProgramId mine = generated.programs().get(0);
        ProgramId theirs = generated.programs().get(1);
        var member = users.create("iati-viewer", "a long enough password", Role.VIEWER, Set.of(DEMO, mine));
        String token = tokens.issue(member.userId(), "iati test", Role.VIEWER, Set.of()).secret();

        var one = get(token, "/api/v1/programs/" + DEMO + "/iati.xml");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        validate(one.body());
        assertThat(parse(one.body()).getElementsByTagName("iati-activity").getLength()).isEqualTo(1);

        assertThat(get(token, "/api/v1/programs/" + theirs + "/iati.xml").statusCode()).isEqualTo(404);
        assertThat(get(token, "/api/v1/programs/" + ProgramId.random() + "/iati.xml").statusCode()).isEqualTo(404);

        var all = get(token, "/api/v1/iati.xml");
        assertThat(all.statusCode()).isEqualTo(200);
        validate(all.body());
        var identifiers = new ArrayList<String>();
        NodeList ids = parse(all.body()).getElementsByTagName("iati-identifier");
        for (int i = 0; i < ids.getLength(); i++) {
            identifiers.add(ids.item(i).getTextContent());
        }
        assertThat(identifiers).containsExactlyInAnyOrder("XM-DAC-6-TEST-" + DEMO, "XM-DAC-6-TEST-" + mine);
    }

    // ---- the program report

    private static final LocalDate FROM = LocalDate.of(2017, 1, 1);
    private static final LocalDate TO = LocalDate.of(2017, 12, 31);

    @Test
    void theProgramReportPdfStatesTheFiguresOfTheResultsInBothLanguages() throws Exception {
        ProgramResults results = unscoped().query(new GetProgramResults(DEMO, FROM, TO),
                ResponseTypes.instanceOf(ProgramResults.class)).join();
        assertThat(results.indicators()).isNotEmpty();
        assertThat(results.missions()).extracting(ProgramResults.MissionResult::title).isNotEmpty();
        var service = app.getBean(ProgramReportService.class);
        var report = new ProgramReport(results, activity(DEMO).profile(), Instant.now());
        for (ReportLanguage language : ReportLanguage.values()) {
            byte[] pdf = service.render(report, ProgramReportFormat.PDF, language).bytes();
            String text = MissionReportTest.pdfText(pdf);
            var texts = new ReportTexts(language);
            assertThat(text).contains(texts.get("program.title", results.name()), texts.get("section.indicators"),
                    texts.get("section.funnel"), texts.get("section.overdue"),
                    "Ministry of Education, University and Research (MIUR)");
            for (var indicator : results.indicators()) {
                assertThat(text).as("the row of %s", indicator).contains(String.join(" ",
                        texts.get("indicator." + indicator.kind().name()), texts.date(indicator.periodStart()),
                        texts.date(indicator.periodEnd()), Long.toString(indicator.target()),
                        Long.toString(indicator.actual())));
            }
            for (var mission : results.missions()) {
                assertThat(text).contains(mission.title(), mission.engagementsHeld() + " " + mission.outcomes());
            }
            for (var kind : results.outcomesByKind().entrySet()) {
                assertThat(text).contains(texts.get("outcome." + kind.getKey().name()) + " " + kind.getValue());
            }
            for (var followUp : results.overdueFollowUps()) {
                assertThat(text).contains(followUp.description());
            }
            // The chart is drawn into the page as an image, besides the table that states its figures.
            assertThat(run("pdfimages", "-list", write(pdf, ".pdf").toString()).lines().count())
                    .as("pdfimages lists the chart").isGreaterThan(2);
        }
        assertThat(results.outcomesByKind().values().stream().mapToLong(Long::longValue).sum()).isPositive();
        assertThat(results.indicators()).anySatisfy(i -> assertThat(i.actual()).isPositive());
    }

    @Test
    void theProgramReportXlsxHasASheetPerSectionWithNumberAndDateCellsReadByPoiAndOpenpyxl() throws Exception {
        ProgramResults results = unscoped().query(new GetProgramResults(DEMO, FROM, TO),
                ResponseTypes.instanceOf(ProgramResults.class)).join();
        byte[] xlsx = app.getBean(ProgramReportService.class).render(
                new ProgramReport(results, null, Instant.now()), ProgramReportFormat.XLSX, ReportLanguage.EN).bytes();
        try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
            // Sheets are named after the sections, cut to Excel's 31 characters.
            assertThat(workbook.getSheetName(0)).isEqualTo("Indicators, target against actu");
            Sheet indicators = workbook.getSheetAt(0);
            assertThat(indicators.getLastRowNum()).isEqualTo(results.indicators().size());
            for (int i = 0; i < results.indicators().size(); i++) {
                var expected = results.indicators().get(i);
                Row row = indicators.getRow(i + 1);
                assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(row.getCell(1))).isTrue();
                assertThat(row.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expected.periodStart());
                assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(expected.target());
                assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(expected.actual());
            }
            Sheet missions = workbook.getSheetAt(1);
            assertThat(missions.getSheetName()).isEqualTo("Missions in the period");
            assertThat(missions.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo(results.missions().get(0).title());
            assertThat(DateUtil.isCellDateFormatted(missions.getRow(1).getCell(1))).isTrue();
        }

        // An independent reader: Debian's python3 with openpyxl, which says each cell's Python type.
        Path file = write(xlsx, ".xlsx");
        String script = String.join("\n",
                "import sys, openpyxl",
                "wb = openpyxl.load_workbook(sys.argv[1])",
                "print(len(wb.sheetnames))",
                "ws = wb[wb.sheetnames[0]]",
                "for row in ws.iter_rows(min_row=2, values_only=True):",
                "    print(type(row[1]).__name__, row[1].date().isoformat(), type(row[3]).__name__, row[3], row[4])");
        // openpyxl warns (on stderr, which run() merges) that POI writes no default named style; harmless.
        String output = run("/usr/bin/python3", "-W", "ignore::UserWarning", "-c", script, file.toString());
        var lines = output.lines().toList();
        assertThat(lines.get(0)).isEqualTo("6");
        for (int i = 0; i < results.indicators().size(); i++) {
            var expected = results.indicators().get(i);
            // A numeric cell holds a double, which openpyxl reads as a float: a number, not text.
            assertThat(lines.get(i + 1)).isEqualTo("datetime " + expected.periodStart() + " float "
                    + (double) expected.target() + " " + (double) expected.actual());
        }
    }

    @Test
    void theApiServesTheProgramReportAndNamesABadParameter() throws Exception {
        var users = app.getBean(UserDirectory.class);
        var tokens = app.getBean(ApiTokens.class);
        var member = users.create("program-report-officer", "a long enough password", Role.PROGRAM_OFFICER,
                Set.of(DEMO));
        String token = tokens.issue(member.userId(), "report test", Role.PROGRAM_OFFICER, Set.of()).secret();
        String path = "/api/v1/programs/" + DEMO + "/report";

        var pdf = get(token, path + "?format=pdf&lang=it&from=2017-01-01&to=2017-12-31");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(MissionReportTest.pdfText(pdf.body())).contains("Relazione di programma", "Incontri svolti");
        var xlsx = get(token, path + "?format=xlsx&lang=en");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type"))
                .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", ".xlsx");
        try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
        }

        for (var bad : Map.of("format", "?format=docx&lang=en", "lang", "?format=pdf&lang=fr",
                "from", "?format=pdf&lang=en&from=2017-13-01", "to", "?format=pdf&lang=en&from=2017-05-01&to=2017-04-01")
                .entrySet()) {
            var answer = get(token, path + bad.getValue());
            assertThat(answer.statusCode()).as(bad.getValue()).isEqualTo(400);
            assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("\"parameter\":\"" + bad.getKey()
                    + "\"");
        }
        assertThat(get(token, "/api/v1/programs/" + generated.programs().get(2) + "/report?format=pdf&lang=en")
                .statusCode()).isEqualTo(404);
        assertThat(get(token, "/api/v1/programs/" + ProgramId.random() + "/report?format=pdf&lang=en")
                .statusCode()).isEqualTo(404);
    }

    private static Path write(byte[] bytes, String suffix) throws IOException {
        Path file = Files.createTempFile(dataDir, "document", suffix);
        Files.write(file, bytes);
        return file;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("%s: %s", command[0], text).isZero();
        return text;
    }

    // ---- IATI checks

    static IatiActivity activity(ProgramId program) {
        ProgramResults results = unscoped().query(GetProgramResults.whole(program),
                ResponseTypes.instanceOf(ProgramResults.class)).join();
        var missions = results.missions().stream().map(ProgramResults.MissionResult::missionId).toList();
        ProgramProfile profile = unscoped().query(new GetProgramProfile(program, missions),
                ResponseTypes.optionalInstanceOf(ProgramProfile.class)).join().orElseThrow();
        return new IatiActivity(profile, results);
    }

    /** The official schema through javax.xml.validation, then Debian's xmllint as a second, independent validator. */
    static void validate(byte[] file) throws Exception {
        URL schema = ProgramDocumentsTest.class.getResource(IATI_ACTIVITIES);
        assertThat(schema).as("the IATI schema in the test resources").isNotNull();
        var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var validator = factory.newSchema(schema).newValidator();
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(file)));
        } catch (SAXParseException invalid) {
            fail("The IATI file is not valid at line " + invalid.getLineNumber() + ": " + invalid.getMessage());
        }
        if (Files.isExecutable(Path.of("/usr/bin/xmllint"))) {
            Path xml = Files.createTempFile(dataDir, "iati", ".xml");
            Files.write(xml, file);
            Path xsd = Path.of(schema.toURI());
            Process process = new ProcessBuilder("/usr/bin/xmllint", "--noout", "--nonet", "--schema",
                    xsd.toString(), xml.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("xmllint: %s", output).isZero();
            assertThat(output).contains("validates");
        }
    }

    /** Each coded attribute the file uses, and the codelist its values must come from. */
    private static final Map<String, String> CODED = Map.of(
            "activity-status@code", "ActivityStatus",
            "activity-date@type", "ActivityDateType",
            "participating-org@role", "OrganisationRole",
            "participating-org@type", "OrganisationType",
            "reporting-org@type", "OrganisationType",
            "result@type", "ResultType",
            "indicator@measure", "IndicatorMeasure",
            "recipient-country@code", "Country");

    static void assertCodesAreInTheCodelists(byte[] file) throws Exception {
        Document xml = parse(file);
        var used = new HashMap<String, Set<String>>();
        NodeList elements = xml.getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            for (var coded : CODED.entrySet()) {
                String[] parts = coded.getKey().split("@");
                if (element.getTagName().equals(parts[0]) && element.hasAttribute(parts[1])) {
                    used.computeIfAbsent(coded.getValue(), c -> new HashSet<>()).add(element.getAttribute(parts[1]));
                }
            }
            String lang = element.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
            if (!lang.isEmpty()) {
                used.computeIfAbsent("Language", c -> new HashSet<>()).add(lang);
            }
        }
        assertThat(used.keySet()).contains("ActivityStatus", "ActivityDateType", "OrganisationRole",
                "OrganisationType", "ResultType", "IndicatorMeasure", "Language", "Country");
        for (var codes : used.entrySet()) {
            assertThat(codelist(codes.getKey())).as("the %s codelist", codes.getKey())
                    .containsAll(codes.getValue());
        }
    }

    private static final Map<String, Set<String>> CODELISTS = new HashMap<>();

    static synchronized Set<String> codelist(String name) throws Exception {
        if (!CODELISTS.containsKey(name)) {
            try (InputStream in = ProgramDocumentsTest.class.getResourceAsStream("/iati/codelists/" + name + ".xml")) {
                assertThat(in).as("the codelist %s in the test resources", name).isNotNull();
                Document list = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
                var codes = new HashSet<String>();
                NodeList items = list.getElementsByTagName("codelist-item");
                for (int i = 0; i < items.getLength(); i++) {
                    codes.add(text((Element) items.item(i), "code").strip());
                }
                CODELISTS.put(name, codes);
            }
        }
        return CODELISTS.get(name);
    }

    static Document parse(byte[] file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file));
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }

    private static Map<String, String> narratives(Element activity, String tag) {
        var byLanguage = new HashMap<String, String>();
        NodeList children = ((Element) activity.getElementsByTagName(tag).item(0)).getElementsByTagName("narrative");
        for (int i = 0; i < children.getLength(); i++) {
            Element narrative = (Element) children.item(i);
            byLanguage.put(narrative.getAttributeNS(XMLConstants.XML_NS_URI, "lang"), narrative.getTextContent());
        }
        return byLanguage;
    }

    private static List<String> participants(Element activity) {
        var found = new ArrayList<String>();
        NodeList orgs = activity.getElementsByTagName("participating-org");
        for (int i = 0; i < orgs.getLength(); i++) {
            Element org = (Element) orgs.item(i);
            found.add(org.getAttribute("role") + " " + text(org, "narrative"));
        }
        return found;
    }

    private static List<String> attributes(Element activity, String tag, String attribute) {
        var found = new ArrayList<String>();
        NodeList nodes = activity.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add(((Element) nodes.item(i)).getAttribute(attribute));
        }
        return found;
    }

    /** "start..end target T actual A" for every period of every indicator. */
    private static Set<String> periods(Element activity) {
        var found = new HashSet<String>();
        NodeList periods = activity.getElementsByTagName("period");
        for (int i = 0; i < periods.getLength(); i++) {
            Element period = (Element) periods.item(i);
            String actual = period.getElementsByTagName("actual").getLength() == 0 ? "none"
                    : ((Element) period.getElementsByTagName("actual").item(0)).getAttribute("value");
            found.add(((Element) period.getElementsByTagName("period-start").item(0)).getAttribute("iso-date") + ".."
                    + ((Element) period.getElementsByTagName("period-end").item(0)).getAttribute("iso-date")
                    + " target " + ((Element) period.getElementsByTagName("target").item(0)).getAttribute("value")
                    + " actual " + actual);
        }
        return found;
    }

    // ---- harness

    static QueryGateway unscoped() {
        return DefaultQueryGateway.builder().queryBus(app.getBean(QueryBus.class)).build();
    }

    private static void waitFor(ProgramId program, java.util.function.Predicate<ProgramResults> ready)
            throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            ProgramResults results = unscoped().query(GetProgramResults.whole(program),
                    ResponseTypes.instanceOf(ProgramResults.class)).join();
            if (results.known() && ready.test(results)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The program " + program + " did not reach the dashboard within 90 s");
    }

    static HttpResponse<byte[]> get(String token, String path) throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static UUID demoId(String name) {
        return UUID.nameUUIDFromBytes(("ponte-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
