package app.ponte.demo;

import static app.ponte.demo.DemoStep.send;

import app.ponte.contact.AddContact;
import app.ponte.contact.ContactAlreadyAdded;
import app.ponte.contact.ContactId;
import app.ponte.contact.PersonalDetails;
import app.ponte.followup.AssignFollowUp;
import app.ponte.followup.CompleteFollowUp;
import app.ponte.followup.FollowUpAlreadyAssigned;
import app.ponte.followup.FollowUpAlreadyCompleted;
import app.ponte.followup.FollowUpId;
import app.ponte.followup.FollowUpOrigin;
import app.ponte.mission.AddDelegationMember;
import app.ponte.mission.AddSupportingPost;
import app.ponte.mission.AlreadyInDelegation;
import app.ponte.mission.AssignMissionOrganizer;
import app.ponte.mission.ConfirmMission;
import app.ponte.mission.EngagementAlreadyHeld;
import app.ponte.mission.EngagementAlreadyScheduled;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.LogOutcome;
import app.ponte.mission.MarkEngagementHeld;
import app.ponte.mission.MissionAlreadyConfirmed;
import app.ponte.mission.MissionAlreadyPlanned;
import app.ponte.mission.MissionId;
import app.ponte.mission.OutcomeAlreadyLogged;
import app.ponte.mission.OutcomeKind;
import app.ponte.mission.PlanMission;
import app.ponte.mission.PostAlreadySupporting;
import app.ponte.mission.RecordAttendance;
import app.ponte.mission.ScheduleEngagement;
import app.ponte.opportunity.AdvanceOpportunity;
import app.ponte.opportunity.OpenOpportunity;
import app.ponte.opportunity.OpportunityAlreadyOpened;
import app.ponte.opportunity.OpportunityId;
import app.ponte.opportunity.OpportunityStage;
import app.ponte.opportunity.StageCannotMoveBack;
import app.ponte.organization.OrganizationAlreadyRegistered;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationType;
import app.ponte.organization.RegisterOrganization;
import app.ponte.program.DefineIndicator;
import app.ponte.program.IndicatorKind;
import app.ponte.program.IndicatorTarget;
import app.ponte.program.LaunchProgram;
import app.ponte.program.ProgramAlreadyLaunched;
import app.ponte.program.ProgramId;
import app.ponte.shared.CountryCode;
import app.ponte.shared.OutcomeId;
import app.ponte.shared.Period;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The seed report, the ALISEI cluster's mission to Shanghai in May 2017, as the commands an officer would have sent.
 * Ids are derived from names, so every start sends the same commands to the same aggregates.
 *
 * <p>What the report states is kept as stated: the program and its promoter, the organizations and people, the
 * mission's days, organizer and supporting posts, the meetings, the workshop and the speech with their titles and
 * themes. The rest is illustrative and marked so in the README: times of day (the report gives none), cities and
 * websites of the organizations, the program's period and targets, the wording of minutes and outcomes, the
 * opportunity's stage and the follow-ups.
 */
final class ShanghaiMission {

    static final ProgramId PROGRAM = new ProgramId(id("program:miur-italy-china"));
    static final MissionId MISSION = new MissionId(id("mission:alisei-shanghai-2017"));

    static final OrganizationId MIUR = organization("miur");
    static final OrganizationId ALISEI = organization("alisei");
    static final OrganizationId CITTA_DELLA_SCIENZA = organization("citta-della-scienza");
    static final OrganizationId FUDAN = organization("fudan");
    static final OrganizationId SHANGHAITECH = organization("shanghaitech");
    static final OrganizationId BRACCO = organization("bracco");
    static final OrganizationId ITA = organization("ita");
    static final OrganizationId CHAMBER = organization("italy-china-chamber");
    static final OrganizationId EMBASSY = organization("embassy-beijing");
    static final OrganizationId CONSULATE = organization("consulate-shanghai");

    static final ContactId CONICELLA = contact("fabrizio-conicella");
    static final ContactId INNOCENZI = contact("plinio-innocenzi");
    static final ContactId PAGANI = contact("roberto-pagani");
    static final ContactId BELTRAME = contact("stefano-beltrame");

    static final EngagementId FUDAN_MEETING = engagement("fudan");
    static final EngagementId SHANGHAITECH_MEETING = engagement("shanghaitech");
    static final EngagementId BRACCO_MEETING = engagement("bracco");
    static final EngagementId ITALIAN_ORGANIZATIONS_MEETING = engagement("italian-organizations");
    static final EngagementId ITA_MEETING = engagement("ita");
    static final EngagementId WORKSHOP = engagement("workshop");
    static final EngagementId SPEECH = engagement("speech");

    static final OutcomeId LINK_WITH_ITALIAN_ORGANIZATIONS = outcome("italian-organizations-link");
    static final OpportunityId CLUSTER_LINK_IN_CHINA = new OpportunityId(id("opportunity:cluster-link-in-china"));

    /** Who owns the demo's follow-ups: a placeholder officer, not a person of the report. */
    static final String DEMO_OFFICER = "demo-officer";

    private static final ZoneId SHANGHAI_TIME = ZoneId.of("Asia/Shanghai");
    private static final Period PROGRAM_PERIOD = Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31));
    private static final Period YEAR_2017 = Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31));
    private static final Period YEAR_2018 = Period.of(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31));

    private ShanghaiMission() {}

    /** Every step in the order the commands must be sent: parties first, then the program, then the mission. */
    static List<DemoStep> steps() {
        var steps = new ArrayList<DemoStep>();
        steps.addAll(organizations());
        steps.addAll(program());
        steps.addAll(contacts());
        steps.addAll(mission());
        steps.addAll(engagements());
        steps.addAll(outcomes());
        steps.addAll(opportunityAndFollowUps());
        return steps;
    }

    private static List<DemoStep> organizations() {
        return List.of(
                register(MIUR, "Ministry of Education, University and Research (MIUR)",
                        "Ministero dell'Istruzione, dell'Università e della Ricerca", OrganizationType.MINISTRY,
                        "IT", "Rome", "https://www.miur.gov.it"),
                register(ALISEI, "ALISEI – Technological Cluster of Excellence on Life Sciences", null,
                        OrganizationType.CLUSTER, "IT", "Rome", null),
                register(CITTA_DELLA_SCIENZA, "Città della Scienza", null, OrganizationType.RESEARCH_BODY, "IT",
                        "Naples", "https://www.cittadellascienza.it"),
                register(FUDAN, "Fudan University", "复旦大学", OrganizationType.UNIVERSITY, "CN", "Shanghai",
                        "https://www.fudan.edu.cn"),
                register(SHANGHAITECH, "ShanghaiTech University", "上海科技大学", OrganizationType.UNIVERSITY, "CN",
                        "Shanghai", "https://www.shanghaitech.edu.cn"),
                register(BRACCO, "Bracco Sine Pharmaceutical Corp", null, OrganizationType.COMPANY, "CN",
                        "Shanghai", null),
                register(ITA, "ITA – Italian Trade Agency", null, OrganizationType.AGENCY, "CN", "Shanghai",
                        "https://www.ice.it"),
                register(CHAMBER, "Italy–China Chamber of Commerce", null, OrganizationType.CHAMBER_OF_COMMERCE,
                        "CN", "Shanghai", null),
                register(EMBASSY, "Embassy of Italy in Beijing", null, OrganizationType.DIPLOMATIC_POST, "CN",
                        "Beijing", "https://ambpechino.esteri.it"),
                register(CONSULATE, "Consulate General of Italy in Shanghai", null, OrganizationType.DIPLOMATIC_POST,
                        "CN", "Shanghai", "https://consshanghai.esteri.it"));
    }

    private static List<DemoStep> program() {
        return List.of(
                send(new LaunchProgram(PROGRAM, "Italy–China research and innovation internationalization program",
                        MIUR, List.of(CountryCode.of("IT"), CountryCode.of("CN")), PROGRAM_PERIOD),
                        ProgramAlreadyLaunched.class),
                // Defining an indicator again with the same targets records nothing, so these need no guard.
                indicator(IndicatorKind.MEETINGS_HELD, 12, 15),
                indicator(IndicatorKind.WORKSHOPS_HELD, 2, 3),
                indicator(IndicatorKind.SPEECHES_GIVEN, 2, 3),
                indicator(IndicatorKind.COUNTERPARTS_MET, 10, 15),
                indicator(IndicatorKind.OUTCOMES_LOGGED, 8, 12),
                indicator(IndicatorKind.OPPORTUNITIES_OPENED, 3, 5),
                indicator(IndicatorKind.AGREEMENTS_SIGNED, 1, 2),
                indicator(IndicatorKind.FOLLOW_UPS_COMPLETED, 5, 8));
    }

    private static List<DemoStep> contacts() {
        return List.of(
                contact(CONICELLA, "Fabrizio Conicella", ALISEI, "Coordinator, Internationalization Work Group"),
                contact(INNOCENZI, "Plinio Innocenzi", EMBASSY, "Scientific Counsellor"),
                contact(PAGANI, "Roberto Pagani", CONSULATE, "Scientific Counsellor"),
                contact(BELTRAME, "Stefano Beltrame", CONSULATE, "Consul General"));
    }

    private static List<DemoStep> mission() {
        return List.of(
                send(new PlanMission(MISSION, PROGRAM, "ALISEI mission to Shanghai", "Shanghai", "CN",
                        SHANGHAI_TIME, LocalDate.of(2017, 5, 16), LocalDate.of(2017, 5, 17)),
                        MissionAlreadyPlanned.class),
                // Assigning the same organizer again records nothing.
                send(new AssignMissionOrganizer(MISSION, CITTA_DELLA_SCIENZA)),
                send(new AddDelegationMember(MISSION, CONICELLA, ALISEI), AlreadyInDelegation.class),
                send(new AddSupportingPost(MISSION, EMBASSY), PostAlreadySupporting.class),
                send(new AddSupportingPost(MISSION, CONSULATE), PostAlreadySupporting.class),
                send(new ConfirmMission(MISSION), MissionAlreadyConfirmed.class));
    }

    private static List<DemoStep> engagements() {
        var lifeSciences = List.of("life sciences", "patient-centric healthcare");
        return List.of(
                engagement(FUDAN_MEETING, EngagementKind.MEETING, "Meeting with Fudan University (复旦大学)",
                        "Fudan University", at(16, 9, 30), at(16, 10, 30), List.of(FUDAN),
                        List.of("life sciences", "chronic diseases"),
                        List.of(CONICELLA, PAGANI), List.of(ALISEI, FUDAN, CONSULATE),
                        "Collaboration opportunities between the Italian health system and Fudan University's "
                                + "research groups in life sciences."),
                engagement(SHANGHAITECH_MEETING, EngagementKind.MEETING,
                        "Meeting with ShanghaiTech University (上海科技大学)", "ShanghaiTech University",
                        at(16, 11, 30), at(16, 12, 30), List.of(SHANGHAITECH), List.of("life sciences"),
                        List.of(CONICELLA, PAGANI), List.of(ALISEI, SHANGHAITECH, CONSULATE),
                        "Presentation of the ALISEI Cluster; ShanghaiTech's life-science research and its interest "
                                + "in Italian partners."),
                engagement(BRACCO_MEETING, EngagementKind.MEETING, "Meeting with Bracco Sine Pharmaceutical Corp",
                        "Bracco Sine, Shanghai", at(16, 15, 0), at(16, 16, 0), List.of(BRACCO), lifeSciences,
                        List.of(CONICELLA), List.of(ALISEI, BRACCO),
                        "The experience of an Italian-rooted pharmaceutical company integrated in the Chinese "
                                + "system."),
                engagement(ITALIAN_ORGANIZATIONS_MEETING, EngagementKind.MEETING,
                        "Meeting with Italian organizations in China", "Consulate General of Italy in Shanghai",
                        at(16, 17, 30), at(16, 19, 0), List.of(CHAMBER, CONSULATE), List.of("life sciences"),
                        List.of(CONICELLA, PAGANI), List.of(ALISEI, CHAMBER, CONSULATE),
                        "Italian companies and experts working with China for years shared their experience; a "
                                + "link between the cluster and Italian organizations in China was discussed."),
                engagement(ITA_MEETING, EngagementKind.MEETING, "Meeting with ITA – Italian Trade Agency",
                        "ITA Shanghai office", at(17, 9, 0), at(17, 10, 0), List.of(ITA), lifeSciences,
                        List.of(CONICELLA), List.of(ALISEI, ITA),
                        "How ITA supports Italian life-science companies entering the Chinese health market."),
                engagement(WORKSHOP, EngagementKind.WORKSHOP,
                        "The new frontier of the healthcare – from hospital centric to patient centric",
                        "Consulate General of Italy in Shanghai", at(17, 14, 0), at(17, 17, 30),
                        List.of(CONSULATE, CHAMBER),
                        List.of("patient-centric healthcare", "life sciences", "prevention", "chronic diseases"),
                        List.of(BELTRAME, CONICELLA, PAGANI), List.of(CONSULATE, CHAMBER, ALISEI),
                        "Workshop organized by the Consulate General with the Italy–China Chamber of Commerce; the "
                                + "Consul General took part."),
                engagement(SPEECH, EngagementKind.SPEECH,
                        "From the prevention to the chronic patient management: the Italian vision",
                        "Consulate General of Italy in Shanghai", at(17, 15, 0), at(17, 15, 30),
                        List.of(CONSULATE), List.of("prevention", "chronic diseases"),
                        List.of(CONICELLA), List.of(ALISEI, CONSULATE, CHAMBER),
                        "Fabrizio Conicella presented the Italian vision and the ALISEI Cluster's action on "
                                + "prevention and chronic diseases."));
    }

    private static List<DemoStep> outcomes() {
        return List.of(
                outcome(FUDAN_MEETING, outcome("fudan-collaboration"), OutcomeKind.COLLABORATION_OPPORTUNITY,
                        "Collaboration opportunities between the Italian system on health and Fudan University",
                        List.of(FUDAN), List.of("life sciences", "chronic diseases")),
                outcome(SHANGHAITECH_MEETING, outcome("shanghaitech-collaboration"),
                        OutcomeKind.COLLABORATION_OPPORTUNITY,
                        "Collaboration opportunities between the Italian system on health and ShanghaiTech "
                                + "University",
                        List.of(SHANGHAITECH), List.of("life sciences")),
                outcome(BRACCO_MEETING, outcome("bracco-lead"), OutcomeKind.LEAD,
                        "Bracco Sine Pharmaceutical Corp as an industrial counterpart for the cluster's members in "
                                + "China",
                        List.of(BRACCO), List.of("life sciences")),
                outcome(ITA_MEETING, outcome("ita-information"), OutcomeKind.INFORMATION_EXCHANGE,
                        "ITA's support for cluster members approaching the Chinese health market", List.of(ITA),
                        List.of("life sciences")),
                outcome(ITALIAN_ORGANIZATIONS_MEETING, LINK_WITH_ITALIAN_ORGANIZATIONS,
                        OutcomeKind.COLLABORATION_OPPORTUNITY,
                        "A link between the ALISEI Cluster and Italian organizations in China, for a more effective "
                                + "and profitable cooperation with China",
                        List.of(CHAMBER, CONSULATE), List.of("life sciences")),
                outcome(SPEECH, outcome("speech-information"), OutcomeKind.INFORMATION_EXCHANGE,
                        "Exchange of information on the Italian vision and the ALISEI Cluster's action on prevention "
                                + "and chronic diseases",
                        List.of(CONSULATE, CHAMBER), List.of("prevention", "chronic diseases")));
    }

    private static List<DemoStep> opportunityAndFollowUps() {
        return List.of(
                send(new OpenOpportunity(CLUSTER_LINK_IN_CHINA, LINK_WITH_ITALIAN_ORGANIZATIONS, MISSION, PROGRAM,
                        "Link between the ALISEI Cluster and Italian organizations in China",
                        "Italian companies and experts integrated in the Chinese system as the cluster's bridge "
                                + "to Chinese counterparts."),
                        OpportunityAlreadyOpened.class),
                send(new AdvanceOpportunity(CLUSTER_LINK_IN_CHINA, OpportunityStage.QUALIFIED),
                        StageCannotMoveBack.class),
                followUp("fudan-profiles", FollowUpOrigin.outcome(outcome("fudan-collaboration")),
                        LocalDate.of(2017, 6, 16),
                        "Send Fudan University the profiles of ALISEI members working on chronic disease management")
                        .then(send(new CompleteFollowUp(followUpId("fudan-profiles"), LocalDate.of(2017, 6, 12),
                                "Profiles sent by e-mail"), FollowUpAlreadyCompleted.class)),
                followUp("speech-slides", FollowUpOrigin.outcome(outcome("speech-information")),
                        LocalDate.of(2017, 5, 31),
                        "Share the speech's slides with the workshop participants through the Consulate")
                        .then(send(new CompleteFollowUp(followUpId("speech-slides"), LocalDate.of(2017, 5, 24),
                                null), FollowUpAlreadyCompleted.class)),
                followUp("italian-organizations-map", FollowUpOrigin.opportunity(CLUSTER_LINK_IN_CHINA),
                        LocalDate.of(2017, 9, 29),
                        "Map the Italian organizations met in Shanghai and propose a liaison with the cluster's "
                                + "members"));
    }

    private static DemoStep register(OrganizationId id, String name, String nativeName, OrganizationType type,
            String country, String city, String website) {
        return send(new RegisterOrganization(id, name, nativeName, type, CountryCode.of(country), city, website),
                OrganizationAlreadyRegistered.class);
    }

    private static DemoStep indicator(IndicatorKind kind, long target2017, long target2018) {
        return send(new DefineIndicator(PROGRAM, kind,
                List.of(new IndicatorTarget(YEAR_2017, target2017), new IndicatorTarget(YEAR_2018, target2018))));
    }

    private static DemoStep contact(ContactId id, String fullName, OrganizationId organization, String role) {
        return send(new AddContact(id, new PersonalDetails(fullName, null, null), organization, role),
                ContactAlreadyAdded.class);
    }

    /*
     * Marking an engagement held twice is refused, recording attendance twice is not: attendance follows only when
     * the engagement was newly marked held, so a restart records nothing again.
     */
    private static DemoStep engagement(EngagementId id, EngagementKind kind, String title, String venue,
            LocalDateTime start, LocalDateTime end, List<OrganizationId> counterparts, List<String> themes,
            List<ContactId> participants, List<OrganizationId> present, String minutes) {
        return send(new ScheduleEngagement(MISSION, id, kind, title, venue, start, end, counterparts, themes),
                EngagementAlreadyScheduled.class)
                .then(send(new MarkEngagementHeld(MISSION, id, minutes), EngagementAlreadyHeld.class)
                        .then(send(new RecordAttendance(MISSION, id, participants, present))));
    }

    private static DemoStep outcome(EngagementId engagement, OutcomeId id, OutcomeKind kind, String description,
            List<OrganizationId> counterparts, List<String> themes) {
        return send(new LogOutcome(MISSION, engagement, id, kind, description, counterparts, themes, null),
                OutcomeAlreadyLogged.class);
    }

    private static DemoStep followUp(String key, FollowUpOrigin origin, LocalDate dueOn, String description) {
        return send(new AssignFollowUp(followUpId(key), PROGRAM, MISSION, origin, DEMO_OFFICER, dueOn, description),
                FollowUpAlreadyAssigned.class);
    }

    private static LocalDateTime at(int mayDay, int hour, int minute) {
        return LocalDateTime.of(2017, 5, mayDay, hour, minute);
    }

    private static OrganizationId organization(String key) {
        return new OrganizationId(id("organization:" + key));
    }

    private static ContactId contact(String key) {
        return new ContactId(id("contact:" + key));
    }

    private static EngagementId engagement(String key) {
        return new EngagementId(id("engagement:" + key));
    }

    private static OutcomeId outcome(String key) {
        return new OutcomeId(id("outcome:" + key));
    }

    private static FollowUpId followUpId(String key) {
        return new FollowUpId(id("follow-up:" + key));
    }

    /** The same name gives the same id on every start and every machine. */
    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("ponte-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
