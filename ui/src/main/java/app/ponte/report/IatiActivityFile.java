package app.ponte.report;

import app.ponte.dashboard.ProgramResults.IndicatorResult;
import app.ponte.organization.OrganizationType;
import app.ponte.program.IndicatorKind;
import app.ponte.report.MissionRecord.Party;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes programs as an IATI 2.03 activity file with the JDK's StAX writer. Each program is one
 * {@code iati-activity}: identified by the reporting organisation's reference and the program's id, titled and
 * described in English and Italian, with its promoter, mission organizers and delegations as participating
 * organisations, its status and dates, its partner countries as recipients, and its indicators as one output
 * result whose periods carry the targets and the actuals the events add up to.
 *
 * <p>Codes come from the IATI 2.03 codelists: ActivityStatus, ActivityDateType, OrganisationRole,
 * OrganisationType, ResultType, IndicatorMeasure, Language and Country (ISO 3166-1, as Ponte's own country codes).
 */
public final class IatiActivityFile {

    public static final String VERSION = "2.03";

    // ActivityStatus
    static final String PIPELINE = "1";
    static final String IMPLEMENTATION = "2";
    static final String FINALISATION = "3";
    static final String CLOSED = "4";
    // ActivityDateType
    static final String PLANNED_START = "1";
    static final String ACTUAL_START = "2";
    static final String PLANNED_END = "3";
    static final String ACTUAL_END = "4";
    // OrganisationRole
    static final String FUNDING = "1";
    static final String ACCOUNTABLE = "2";
    static final String EXTENDING = "3";
    static final String IMPLEMENTING = "4";
    // ResultType, IndicatorMeasure
    static final String OUTPUT = "1";
    static final String UNIT = "1";

    /** Ponte's kinds of party in the OrganisationType codelist. */
    static final Map<OrganizationType, String> ORGANISATION_TYPES = Map.ofEntries(
            Map.entry(OrganizationType.MINISTRY, "10"),
            Map.entry(OrganizationType.AGENCY, "10"),
            Map.entry(OrganizationType.DIPLOMATIC_POST, "10"),
            Map.entry(OrganizationType.HOSPITAL, "15"),
            Map.entry(OrganizationType.ASSOCIATION, "22"),
            Map.entry(OrganizationType.CLUSTER, "30"),
            Map.entry(OrganizationType.COMPANY, "70"),
            Map.entry(OrganizationType.UNIVERSITY, "80"),
            Map.entry(OrganizationType.RESEARCH_BODY, "80"),
            Map.entry(OrganizationType.CHAMBER_OF_COMMERCE, "90"),
            Map.entry(OrganizationType.OTHER, "90"));
    static final String OTHER_TYPE = "90";

    private static final List<ReportLanguage> LANGUAGES = List.of(ReportLanguage.EN, ReportLanguage.IT);

    private final IatiPublisher publisher;

    public IatiActivityFile(IatiPublisher publisher) {
        this.publisher = publisher;
    }

    /** The file for {@code activities}, stamped as generated at {@code now}; "today" for statuses is its UTC day. */
    public byte[] write(List<IatiActivity> activities, Instant now) {
        var out = new ByteArrayOutputStream(4096 + activities.size() * 4096);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("iati-activities");
            xml.writeAttribute("version", VERSION);
            xml.writeAttribute("generated-datetime", stamp(now));
            for (IatiActivity activity : activities) {
                activity(xml, activity, now);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing the IATI file failed", e);
        }
        return out.toByteArray();
    }

    private void activity(XMLStreamWriter xml, IatiActivity activity, Instant now) throws XMLStreamException {
        ProgramProfile program = activity.profile();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        xml.writeCharacters("\n  ");
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("last-updated-datetime", stamp(now));
        xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", "en");
        xml.writeAttribute("hierarchy", "1");

        element(xml, "iati-identifier", identifier(program));
        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", publisher.ref());
        xml.writeAttribute("type", publisher.type());
        narrative(xml, null, publisher.name() != null ? publisher.name()
                : program.promoter() != null && program.promoter().name() != null ? program.promoter().name()
                : publisher.ref());
        xml.writeEndElement();

        xml.writeStartElement("title");
        for (ReportLanguage language : LANGUAGES) {
            narrative(xml, language, program.name());
        }
        xml.writeEndElement();
        xml.writeStartElement("description");
        for (ReportLanguage language : LANGUAGES) {
            var texts = new ReportTexts(language);
            narrative(xml, language, texts.get("iati.description", nameOf(program.promoter(), texts),
                    texts.list(program.partnerCountries().stream().map(texts::country).toList()),
                    texts.date(program.start()), texts.date(program.end()), activity.results().missions().size()));
        }
        xml.writeEndElement();

        for (var participant : participants(program).entrySet()) {
            Party party = participant.getKey().party();
            xml.writeStartElement("participating-org");
            xml.writeAttribute("role", participant.getKey().role());
            xml.writeAttribute("type", typeOf(party));
            narrative(xml, null, party.name() == null ? party.organizationId().toString() : party.name());
            xml.writeEndElement();
        }

        empty(xml, "activity-status", "code", status(program, today));
        date(xml, PLANNED_START, program.start());
        if (!program.start().isAfter(today)) {
            date(xml, ACTUAL_START, program.start());
        }
        date(xml, PLANNED_END, program.end());
        if (program.closedOn() != null) {
            date(xml, ACTUAL_END, program.closedOn().isAfter(today) ? today : program.closedOn());
        }

        var countries = program.partnerCountries().stream().distinct().toList();
        var shares = shares(countries.size());
        for (int i = 0; i < countries.size(); i++) {
            xml.writeEmptyElement("recipient-country");
            xml.writeAttribute("code", countries.get(i));
            xml.writeAttribute("percentage", shares.get(i).toPlainString());
        }

        results(xml, activity.results().indicators(), today);
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private void results(XMLStreamWriter xml, List<IndicatorResult> indicators, LocalDate today)
            throws XMLStreamException {
        if (indicators.isEmpty()) {
            return;
        }
        var byKind = new LinkedHashMap<IndicatorKind, List<IndicatorResult>>();
        indicators.forEach(result -> byKind.computeIfAbsent(result.kind(), k -> new ArrayList<>()).add(result));
        xml.writeStartElement("result");
        xml.writeAttribute("type", OUTPUT);
        xml.writeAttribute("aggregation-status", "true");
        xml.writeStartElement("title");
        for (ReportLanguage language : LANGUAGES) {
            narrative(xml, language, new ReportTexts(language).get("iati.results"));
        }
        xml.writeEndElement();
        for (var indicator : byKind.entrySet()) {
            xml.writeStartElement("indicator");
            xml.writeAttribute("measure", UNIT);
            xml.writeAttribute("ascending", "true");
            xml.writeStartElement("title");
            for (ReportLanguage language : LANGUAGES) {
                narrative(xml, language, new ReportTexts(language).get("indicator." + indicator.getKey().name()));
            }
            xml.writeEndElement();
            for (IndicatorResult period : indicator.getValue()) {
                xml.writeStartElement("period");
                empty(xml, "period-start", "iso-date", period.periodStart().toString());
                empty(xml, "period-end", "iso-date", period.periodEnd().toString());
                empty(xml, "target", "value", Long.toString(period.target()));
                // A period not begun yet has no actual value to report.
                if (!period.periodStart().isAfter(today)) {
                    empty(xml, "actual", "value", Long.toString(period.actual()));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    String identifier(ProgramProfile program) {
        return publisher.ref() + "-" + program.programId();
    }

    static String status(ProgramProfile program, LocalDate today) {
        if (program.closedOn() != null) {
            return CLOSED;
        }
        if (today.isBefore(program.start())) {
            return PIPELINE;
        }
        return today.isAfter(program.end()) ? FINALISATION : IMPLEMENTATION;
    }

    /** Each organisation once per role: the promoter funds and answers for the program, organizers extend it. */
    private static Map<Participant, Boolean> participants(ProgramProfile program) {
        var participants = new LinkedHashMap<Participant, Boolean>();
        if (program.promoter() != null && program.promoter().organizationId() != null) {
            participants.put(new Participant(program.promoter(), FUNDING), true);
            participants.put(new Participant(program.promoter(), ACCOUNTABLE), true);
        }
        program.organizers().forEach(party -> participants.put(new Participant(party, EXTENDING), true));
        program.delegations().forEach(party -> participants.put(new Participant(party, IMPLEMENTING), true));
        return participants;
    }

    private record Participant(Party party, String role) {}

    static String typeOf(Party party) {
        return party.type() == null ? OTHER_TYPE : ORGANISATION_TYPES.getOrDefault(party.type(), OTHER_TYPE);
    }

    /** Equal shares of 100 to two decimals, the last taking the rounding so that they add up to exactly 100. */
    static List<BigDecimal> shares(int count) {
        var shares = new ArrayList<BigDecimal>();
        if (count == 0) {
            return shares;
        }
        var hundred = BigDecimal.valueOf(100);
        var each = hundred.divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
        for (int i = 0; i < count - 1; i++) {
            shares.add(each);
        }
        shares.add(hundred.subtract(each.multiply(BigDecimal.valueOf(count - 1))).setScale(2, RoundingMode.UNNECESSARY));
        return shares;
    }

    private static String nameOf(Party party, ReportTexts texts) {
        return party == null || party.name() == null ? texts.get("none") : party.name();
    }

    private static void narrative(XMLStreamWriter xml, ReportLanguage language, String text)
            throws XMLStreamException {
        xml.writeStartElement("narrative");
        if (language != null) {
            xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", language.code());
        }
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    private static void empty(XMLStreamWriter xml, String name, String attribute, String value)
            throws XMLStreamException {
        xml.writeEmptyElement(name);
        xml.writeAttribute(attribute, value);
    }

    private static void date(XMLStreamWriter xml, String type, LocalDate day) throws XMLStreamException {
        xml.writeEmptyElement("activity-date");
        xml.writeAttribute("type", type);
        xml.writeAttribute("iso-date", day.toString());
    }

    /** XML 1.0 allows no control characters but tab, newline and carriage return; StAX would write them as-is. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        var kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                .filter(c -> c != 0xFFFE && c != 0xFFFF).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static String stamp(Instant now) {
        return DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.SECONDS));
    }

    static String utf8(byte[] file) {
        return new String(file, StandardCharsets.UTF_8);
    }
}
