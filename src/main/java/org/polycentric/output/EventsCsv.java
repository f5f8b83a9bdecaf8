package org.polycentric.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.polycentric.model.EventLog;
import org.polycentric.model.ReplicationResult;
import org.polycentric.model.World;

/**
 * {@code events.csv}: everything that happened in each replication, in order. {@code year} is the
 * end of the step it happened in, {@code startYear + (step + 1) / stepsPerYear} (a scheduled event
 * acts at the start of that step); {@code network} names the network of a join, or the network a
 * merged network joined.
 */
final class EventsCsv extends StreamedCsv {
    static final String FILE = "events.csv";
    static final List<String> HEADER = List.of("replication", "step", "year", "event", "subject", "network", "value");

    EventsCsv(Path folder) throws IOException {
        super(folder, FILE, HEADER);
    }

    @Override
    void writeRows(ReplicationResult result, CsvWriter csv) throws IOException {
        World world = result.world();
        EventLog events = world.events();
        for (int i = 0; i < events.size(); i++) {
            EventLog.Kind kind = events.kind(i);
            int related = events.related(i);
            boolean names = kind == EventLog.Kind.NETWORK_JOIN || kind == EventLog.Kind.NETWORK_MERGE;
            String network = names && related >= 0
                    ? world.networks()[related].name() : "";
            csv.integer(result.replication())
                    .integer(events.step(i))
                    .number(world.time().yearAt(events.step(i) + 1L))
                    .text(kind.label())
                    .text(world.subjectName(kind.subject(), events.subject(i)))
                    .text(network)
                    .number(events.value(i));
            csv.endRow();
        }
    }
}
