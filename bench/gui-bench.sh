#!/usr/bin/env bash
# Speed of the window: plays scenarios to their end in the MASON Console, map and charts showing,
# on a virtual display (needs xvfb-run: apt-get install xvfb xauth). Prints steps per second.
#   bench/gui-bench.sh                       the baseline and the 10,000-city weekly Bass docking run
#   bench/gui-bench.sh scenarios/x.json ...  other scenarios
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ $# -gt 0 ] || set -- scenarios/baseline.json scenarios/docking/bass.json
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
xvfb-run -a -s "-screen 0 1920x1080x24" java -Djava.awt.headless=false \
    -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
    org.polycentric.gui.GuiBench "$@" 2>&1 | grep -v 'probably no Java3D'
