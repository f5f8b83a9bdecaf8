package org.polycentric.model;

import java.util.List;
import org.polycentric.params.BodyKind;
import org.polycentric.scenario.WorldSpec.BodySpec;

/** A supranational body (M1): UN framework, regional union or climate fund, with its campaigns. */
public final class SupranationalBody {
    private final int index;
    private final String name;
    private final BodyKind kind;
    private final int region;
    private final int bloc;
    private final List<Campaign> campaigns;
    private double budgetPerYear;

    public SupranationalBody(int index, String name, BodyKind kind, int region, int bloc, double budgetPerYear,
                             List<Campaign> campaigns) {
        this.index = index;
        this.name = name;
        this.kind = kind;
        this.region = region;
        this.bloc = bloc;
        this.budgetPerYear = budgetPerYear;
        this.campaigns = List.copyOf(campaigns);
    }

    public int index() { return index; }
    public String name() { return name; }
    public BodyKind kind() { return kind; }
    /** Region index of a regional union, -1 otherwise. */
    public int region() { return region; }
    /** Home bloc of a fund, -1 for a global one. */
    public int bloc() { return bloc; }
    public List<Campaign> campaigns() { return campaigns; }
    public double budgetPerYear() { return budgetPerYear; }
    public void setBudgetPerYear(double budget) { this.budgetPerYear = budget; }
}
