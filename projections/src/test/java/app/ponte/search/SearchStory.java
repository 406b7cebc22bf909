package app.ponte.search;

import app.ponte.contact.ContactAdded;
import app.ponte.contact.ContactId;
import app.ponte.contact.PersonalDataVault;
import app.ponte.followup.FollowUpAssigned;
import app.ponte.followup.FollowUpId;
import app.ponte.followup.FollowUpOrigin;
import app.ponte.mission.EngagementHeld;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.EngagementScheduled;
import app.ponte.mission.MissionId;
import app.ponte.mission.MissionPlanned;
import app.ponte.mission.OutcomeKind;
import app.ponte.mission.OutcomeLogged;
import app.ponte.opportunity.OpportunityId;
import app.ponte.opportunity.OpportunityOpened;
import app.ponte.opportunity.OpportunityStage;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationRegistered;
import app.ponte.organization.OrganizationType;
import app.ponte.program.ProgramId;
import app.ponte.program.ProgramLaunched;
import app.ponte.shared.CountryCode;
import app.ponte.shared.OutcomeId;
import app.ponte.shared.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Records in two programs, in English, Italian and Chinese: the China program's Shanghai mission and the Japan
 * program's Osaka mission, with the organizations and a contact both programs share.
 */
final class SearchStory {

    final ProgramId china = ProgramId.random();
    final ProgramId japan = ProgramId.random();
    final MissionId shanghai = MissionId.random();
    final MissionId osaka = MissionId.random();
    final OrganizationId sichuan = OrganizationId.random();
    final OrganizationId fudan = OrganizationId.random();
    final OrganizationId citta = OrganizationId.random();
    final OrganizationId milano = OrganizationId.random();
    final EngagementId fudanMeeting = EngagementId.random();
    final EngagementId sichuanMeeting = EngagementId.random();
    final EngagementId osakaWorkshop = EngagementId.random();
    final OutcomeId collaboration = OutcomeId.random();
    final OutcomeId osakaOutcome = OutcomeId.random();
    final OpportunityId link = OpportunityId.random();
    final FollowUpId brochure = FollowUpId.random();
    final ContactId conicella = ContactId.random();

    List<Object> events(PersonalDataVault vault) {
        var zone = ZoneId.of("Asia/Shanghai");
        var events = new ArrayList<Object>();
        events.add(new OrganizationRegistered(sichuan, "Sichuan University", "四川大学", OrganizationType.UNIVERSITY,
                CountryCode.of("CN"), "Chengdu", null));
        events.add(new OrganizationRegistered(fudan, "Fudan University", "复旦大学", OrganizationType.UNIVERSITY,
                CountryCode.of("CN"), "Shanghai", null));
        events.add(new OrganizationRegistered(citta, "Città della Scienza", null, OrganizationType.CLUSTER,
                CountryCode.of("IT"), "Napoli", null));
        events.add(new OrganizationRegistered(milano, "Università degli Studi di Milano", null,
                OrganizationType.UNIVERSITY, CountryCode.of("IT"), "Milano", null));
        events.add(new ContactAdded(conicella, vault.seal(conicella, "Fabrizio Conicella"), null, null, citta,
                "Coordinator, internationalization work group"));
        events.add(new ProgramLaunched(china, "Italy–China research and innovation", citta,
                List.of(CountryCode.of("CN")), Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31))));
        events.add(new ProgramLaunched(japan, "Italy–Japan design exchange", citta,
                List.of(CountryCode.of("JP")), Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31))));
        events.add(new MissionPlanned(shanghai, china, "ALISEI mission to Shanghai", "Shanghai", "CN", zone,
                LocalDate.of(2017, 5, 16), LocalDate.of(2017, 5, 17)));
        events.add(new MissionPlanned(osaka, japan, "Design week in Osaka", "Osaka", "JP", ZoneId.of("Asia/Tokyo"),
                LocalDate.of(2017, 6, 1), LocalDate.of(2017, 6, 3)));
        events.add(new EngagementScheduled(shanghai, china, fudanMeeting, EngagementKind.MEETING,
                "Meeting with Fudan University (复旦大学)", "Fudan campus, Handan Road",
                Instant.parse("2017-05-16T01:30:00Z"), Instant.parse("2017-05-16T02:30:00Z"), zone, List.of(fudan),
                List.of("life sciences")));
        events.add(new EngagementScheduled(shanghai, china, sichuanMeeting, EngagementKind.MEETING,
                "Visit to the West China hospital", "Chengdu", Instant.parse("2017-05-17T01:30:00Z"),
                Instant.parse("2017-05-17T02:30:00Z"), zone, List.of(sichuan), List.of()));
        events.add(new EngagementHeld(shanghai, china, fudanMeeting, EngagementKind.MEETING, List.of(fudan),
                "We talked about chronic diseases and prevention. Si è parlato di malattie croniche."));
        events.add(new EngagementScheduled(osaka, japan, osakaWorkshop, EngagementKind.WORKSHOP,
                "Workshop on chronic patient care", "Osaka city hall", Instant.parse("2017-06-01T01:00:00Z"),
                Instant.parse("2017-06-01T03:00:00Z"), ZoneId.of("Asia/Tokyo"), List.of(), List.of()));
        events.add(new OutcomeLogged(shanghai, china, fudanMeeting, collaboration,
                OutcomeKind.COLLABORATION_OPPORTUNITY,
                "Collaboration opportunities between the Italian health system and Chinese counterparts",
                List.of(fudan), List.of("life sciences"), null));
        events.add(new OutcomeLogged(osaka, japan, osakaWorkshop, osakaOutcome, OutcomeKind.INFORMATION_EXCHANGE,
                "Exchange on the Italian vision of patient-centric healthcare", List.of(), List.of(), null));
        events.add(new OpportunityOpened(link, china, shanghai, collaboration, "Link with Fudan's medical school",
                "A joint course on prevention", OpportunityStage.IDENTIFIED));
        events.add(new FollowUpAssigned(brochure, china, shanghai, FollowUpOrigin.outcome(collaboration),
                "officer", LocalDate.of(2017, 6, 1), "Send the cluster's brochure to Fudan"));
        return events;
    }
}
