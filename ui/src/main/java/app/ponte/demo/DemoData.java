package app.ponte.demo;

import app.ponte.mission.EngagementAlreadyScheduled;
import app.ponte.mission.EngagementId;
import app.ponte.mission.EngagementKind;
import app.ponte.mission.MissionAlreadyPlanned;
import app.ponte.mission.MissionId;
import app.ponte.mission.PlanMission;
import app.ponte.mission.ScheduleEngagement;
import app.ponte.organization.OrganizationId;
import app.ponte.program.ProgramId;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The ALISEI mission to Shanghai (May 2017) from the seed report, sent as commands at start-up. Ids are derived from
 * names, so a restart sends the same commands and the mission rejects them as already done. The report gives no
 * times of day: those here are illustrative.
 */
@Component
@ConditionalOnProperty(name = "ponte.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final ZoneId SHANGHAI_TIME = ZoneId.of("Asia/Shanghai");

    static final MissionId ALISEI_SHANGHAI = new MissionId(id("mission:alisei-shanghai-2017"));

    private final CommandGateway commands;

    DemoData(CommandGateway commands) {
        this.commands = commands;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        var planned = send(new PlanMission(ALISEI_SHANGHAI, new ProgramId(id("program:miur-italy-china")),
                "ALISEI mission to Shanghai", "Shanghai", "CN", SHANGHAI_TIME,
                LocalDate.of(2017, 5, 16), LocalDate.of(2017, 5, 17)));
        var scheduled = List.of(
                meeting("fudan", "Meeting with Fudan University (复旦大学)", "Fudan University",
                        at(16, 9, 30), at(16, 10, 30), "life sciences", "healthcare"),
                meeting("shanghaitech", "Meeting with ShanghaiTech University (上海科技大学)",
                        "ShanghaiTech University", at(16, 11, 30), at(16, 12, 30), "life sciences"),
                meeting("bracco", "Meeting with Bracco Sine Pharmaceutical Corp", "Bracco Sine, Shanghai",
                        at(16, 15, 0), at(16, 16, 0), "healthcare"),
                meeting("ita", "Meeting with ITA – Italian Trade Agency", "ITA Shanghai office",
                        at(17, 9, 0), at(17, 10, 0), "internationalization"),
                engagement("workshop", EngagementKind.WORKSHOP,
                        "The new frontier of the healthcare – from hospital centric to patient centric",
                        "Consulate General of Italy in Shanghai", at(17, 14, 0), at(17, 17, 30),
                        List.of("patient-centric healthcare", "life sciences")),
                engagement("speech", EngagementKind.SPEECH,
                        "From the prevention to the chronic patient management: the Italian vision",
                        "Consulate General of Italy in Shanghai", at(17, 15, 0), at(17, 15, 30),
                        List.of("prevention", "chronic diseases")))
                .stream()
                .filter(this::send)
                .count();
        log.info("Demo data: mission {}, {} engagements newly scheduled",
                planned ? "planned" : "already there", scheduled);
    }

    private boolean send(Object command) {
        try {
            commands.sendAndWait(command);
            return true;
        } catch (MissionAlreadyPlanned | EngagementAlreadyScheduled alreadyThere) {
            return false;
        }
    }

    private static ScheduleEngagement meeting(String key, String title, String venue, LocalDateTime start,
            LocalDateTime end, String... themes) {
        return engagement(key, EngagementKind.MEETING, title, venue, start, end, List.of(themes));
    }

    private static ScheduleEngagement engagement(String key, EngagementKind kind, String title, String venue,
            LocalDateTime start, LocalDateTime end, List<String> themes) {
        return new ScheduleEngagement(ALISEI_SHANGHAI, new EngagementId(id("engagement:" + key)), kind, title, venue,
                start, end, List.of(new OrganizationId(id("organization:" + key))), themes);
    }

    private static LocalDateTime at(int mayDay, int hour, int minute) {
        return LocalDateTime.of(2017, 5, mayDay, hour, minute);
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("ponte-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
