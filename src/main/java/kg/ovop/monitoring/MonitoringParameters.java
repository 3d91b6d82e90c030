package kg.ovop.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

import kg.ovop.config.TimeConfiguration;
import kg.ovop.identity.ProcessParticipants;
import kg.ovop.region.RegionDirectory;
import kg.ovop.web.BadRequestException;

/** Request parameters of the dashboard and its API: the last 30 days of brand certification by default. */
@Component
class MonitoringParameters {

    static final String DEFAULT_PROCESS = "brand-certification";
    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;

    private final RepositoryService repository;
    private final RegionDirectory regions;
    private final Clock clock;
    private final List<ProcessParticipants> processes;

    MonitoringParameters(RepositoryService repository, RegionDirectory regions, Clock clock, List<ProcessParticipants> processes) {
        this.repository = repository;
        this.regions = regions;
        this.clock = clock;
        this.processes = processes;
    }

    /** The keys of the processes the programme runs, for the process picker. */
    List<String> processKeys() {
        return processes.stream().map(ProcessParticipants::processKey).toList();
    }

    /** The groups that work on a process's tasks, for the group picker. */
    List<ProcessParticipants.ReviewerGroup> groups(String process) {
        String key = blank(process) ? DEFAULT_PROCESS : process.strip();
        return processes.stream().filter(p -> p.processKey().equals(key)).findFirst()
                .map(ProcessParticipants::reviewerGroups).orElse(List.of());
    }

    MonitoringQuery toQuery(MonitoringFilter filter) {
        return toQuery(filter.process(), filter.version(), filter.from(), filter.to(), filter.region(), filter.group());
    }

    private MonitoringQuery toQuery(String process, String version, String from, String to, String region, String group) {
        String key = blank(process) ? DEFAULT_PROCESS : process.strip();
        if (!processKeys().contains(key) || repository.createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
            throw new BadRequestException("process", "no process '" + key + "' is deployed");
        }
        String definitionId = blank(version) ? null : definition(key, version.strip());
        LocalDate end = blank(to) ? LocalDate.now(clock).plusDays(1) : date("to", to);
        LocalDate start = blank(from) ? end.minusDays(DEFAULT_DAYS) : date("from", from);
        if (!start.isBefore(end)) {
            throw new BadRequestException("from", "must be before 'to'");
        }
        if (Duration.between(start.atStartOfDay(), end.atStartOfDay()).toDays() > MAX_DAYS) {
            throw new BadRequestException("from", "the window may be at most " + MAX_DAYS + " days");
        }
        String regionCode = blank(region) ? null : region.strip();
        if (regionCode != null && regions.find(regionCode).isEmpty()) {
            throw new BadRequestException("region", "unknown region '" + regionCode + "'");
        }
        String groupId = blank(group) ? null : group.strip();
        if (groupId != null && groups(key).stream().noneMatch(g -> g.id().equals(groupId))) {
            throw new BadRequestException("group", "no group '" + groupId + "' works on '" + key + "'");
        }
        return new MonitoringQuery(key, definitionId, instant(start), instant(end), regionCode, groupId);
    }

    private String definition(String key, String version) {
        ProcessDefinition definition = version.matches("\\d{1,6}") ? repository.createProcessDefinitionQuery()
                .processDefinitionKey(key).processDefinitionVersion(Integer.valueOf(version)).singleResult() : null;
        if (definition == null) {
            throw new BadRequestException("version", "'" + key + "' has no version " + version);
        }
        return definition.getId();
    }

    /** Deployed versions of a process, newest first, for the version picker. */
    List<Integer> versions(String process) {
        String key = blank(process) ? DEFAULT_PROCESS : process.strip();
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).orderByProcessDefinitionVersion().desc()
                .list().stream().map(ProcessDefinition::getVersion).toList();
    }

    private static Instant instant(LocalDate day) {
        return day.atStartOfDay(TimeConfiguration.BISHKEK).toInstant();
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(field, "must be a date like 2026-11-26");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
