package org.polycentric.output;

import java.io.IOException;
import java.nio.file.Path;

/** The output folder asked for already holds something: a run never writes over earlier results. */
public final class FolderTakenException extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param folder the folder as the user gave it; {@code why} completes the message after it */
    public FolderTakenException(Path folder, String why) {
        super(folder + ": " + why);
    }
}
