package org.polycentric.output;

import java.io.Closeable;
import java.io.IOException;
import org.polycentric.model.ReplicationResult;

/** One file of a run folder, fed the replications in order as they finish. */
interface ResultFile extends Closeable {

    /** The file's name inside the run folder. */
    String fileName();

    /** Adds one replication, called in replication order. */
    void write(ReplicationResult result) throws IOException;

    /** Called once after the last replication, before {@link #close()}; not called when the run failed. */
    void finish() throws IOException;
}
