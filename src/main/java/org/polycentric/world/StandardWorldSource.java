package org.polycentric.world;

import org.polycentric.model.BuildProgress;
import org.polycentric.model.RandomStreams;
import org.polycentric.model.World;
import org.polycentric.model.WorldSource;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.WorldSpec;

/** The world a scenario asks for: {@code world.source} synthetic (drawn) or real (loaded from data). */
public final class StandardWorldSource implements WorldSource {
    private final SyntheticWorldBuilder synthetic = new SyntheticWorldBuilder();
    private final RealWorldBuilder real = new RealWorldBuilder();

    @Override
    public World build(Scenario scenario, RandomStreams streams, BuildProgress progress) {
        return scenario.world().source() == WorldSpec.Source.REAL
                ? real.build(scenario, streams, progress)
                : synthetic.build(scenario, streams, progress);
    }
}
