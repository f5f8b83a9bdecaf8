#!/usr/bin/env bash
# Remakes the screenshots of docs/STUDENT-GUIDE.md from the real window, on a virtual display.
# Needs xvfb-run (Debian: apt-get install xvfb xauth). Run from anywhere; takes about a minute.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
xvfb-run -a -s "-screen 0 1920x1080x24" java -Djava.awt.headless=false \
    -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
    org.polycentric.gui.GuiScreenshots docs/images
