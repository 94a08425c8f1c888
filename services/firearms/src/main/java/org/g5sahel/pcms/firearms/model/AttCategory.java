package org.g5sahel.pcms.firearms.model;

/**
 * The small arms and light weapons categories of the Arms Trade Treaty reporting template, in which States summarise
 * their firearms yearly.
 */
public enum AttCategory {
    SA_REVOLVERS_PISTOLS("Small arms", "Revolvers and self-loading pistols"),
    SA_RIFLES_CARBINES("Small arms", "Rifles and carbines"),
    SA_SUB_MACHINE_GUNS("Small arms", "Sub-machine guns"),
    SA_ASSAULT_RIFLES("Small arms", "Assault rifles"),
    SA_LIGHT_MACHINE_GUNS("Small arms", "Light machine guns"),
    SA_OTHERS("Small arms", "Others"),
    LW_HEAVY_MACHINE_GUNS("Light weapons", "Heavy machine guns"),
    LW_GRENADE_LAUNCHERS("Light weapons", "Hand-held under-barrel and mounted grenade launchers"),
    LW_RECOILLESS_RIFLES("Light weapons", "Recoilless rifles"),
    LW_ANTI_TANK_LAUNCHERS("Light weapons", "Portable anti-tank missile launchers and rocket systems"),
    LW_MORTARS("Light weapons", "Mortars of calibres less than 75 mm"),
    LW_OTHERS("Light weapons", "Others");

    private final String group;
    private final String label;

    AttCategory(String group, String label) {
        this.group = group;
        this.label = label;
    }

    public String group() {
        return group;
    }

    public String label() {
        return label;
    }
}
