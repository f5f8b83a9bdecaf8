package org.polycentric.experiment.design;

import java.util.ArrayList;
import java.util.List;
import org.polycentric.params.Check;
import org.polycentric.params.InvalidValueException;

/**
 * The ordered parameters of an experiment, k of them. A design works in the unit hypercube
 * [0, 1]^k; {@link #toValues(double[])} maps one of its points to the parameters' values in the same
 * order, {@link #toUnit(double[])} back, and {@link #settings(double[])} writes a point as the
 * {@code path=value} overrides a run takes.
 */
public final class ParameterSpace {
    private final List<Parameter> parameters;

    public ParameterSpace(List<Parameter> parameters) {
        Check.that(parameters != null && !parameters.isEmpty(), "parameters", "must list at least one parameter");
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            Check.that(p != null, "parameters[" + i + "]", "is required");
            if (paths.contains(p.path())) {
                throw new InvalidValueException("parameters[" + i + "].path", "varies " + p.path()
                        + " a second time (it is parameters[" + paths.indexOf(p.path()) + "])");
            }
            paths.add(p.path());
        }
        this.parameters = List.copyOf(parameters);
    }

    public static ParameterSpace of(Parameter... parameters) {
        return new ParameterSpace(List.of(parameters));
    }

    /** k, the number of parameters. */
    public int dimension() {
        return parameters.size();
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    public Parameter get(int i) {
        return parameters.get(i);
    }

    /** The position of the parameter with this path, or -1. */
    public int indexOf(String path) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).path().equals(path)) {
                return i;
            }
        }
        return -1;
    }

    /** The parameters' values at a point of the unit hypercube. */
    public double[] toValues(double[] unit) {
        checkLength(unit);
        double[] v = new double[unit.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = parameters.get(i).value(unit[i]);
        }
        return v;
    }

    /** The unit point of the parameters' values (see {@link Parameter#unit(double)}). */
    public double[] toUnit(double[] values) {
        checkLength(values);
        double[] u = new double[values.length];
        for (int i = 0; i < u.length; i++) {
            u[i] = parameters.get(i).unit(values[i]);
        }
        return u;
    }

    /** The point's values as {@code path=value} overrides, in parameter order. */
    public List<String> settings(double[] values) {
        checkLength(values);
        List<String> out = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            Parameter p = parameters.get(i);
            out.add(p.path() + "=" + p.text(values[i]));
        }
        return List.copyOf(out);
    }

    private void checkLength(double[] point) {
        if (point.length != parameters.size()) {
            throw new IllegalArgumentException("a point of this space has " + parameters.size()
                    + " coordinates, this one has " + point.length);
        }
    }
}
