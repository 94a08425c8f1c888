package org.g5sahel.pcms.firearms.model;

/** What kind of weapon a record describes, and the ATT reporting category it is summarised under. */
public enum FirearmType {
    PISTOL(AttCategory.SA_REVOLVERS_PISTOLS),
    REVOLVER(AttCategory.SA_REVOLVERS_PISTOLS),
    RIFLE(AttCategory.SA_RIFLES_CARBINES),
    CARBINE(AttCategory.SA_RIFLES_CARBINES),
    ASSAULT_RIFLE(AttCategory.SA_ASSAULT_RIFLES),
    SUB_MACHINE_GUN(AttCategory.SA_SUB_MACHINE_GUNS),
    LIGHT_MACHINE_GUN(AttCategory.SA_LIGHT_MACHINE_GUNS),
    SHOTGUN(AttCategory.SA_OTHERS),
    OTHER_SMALL_ARM(AttCategory.SA_OTHERS),
    HEAVY_MACHINE_GUN(AttCategory.LW_HEAVY_MACHINE_GUNS),
    GRENADE_LAUNCHER(AttCategory.LW_GRENADE_LAUNCHERS),
    RECOILLESS_RIFLE(AttCategory.LW_RECOILLESS_RIFLES),
    ROCKET_LAUNCHER(AttCategory.LW_ANTI_TANK_LAUNCHERS),
    MORTAR(AttCategory.LW_MORTARS),
    OTHER_LIGHT_WEAPON(AttCategory.LW_OTHERS);

    private final AttCategory attCategory;

    FirearmType(AttCategory attCategory) {
        this.attCategory = attCategory;
    }

    public AttCategory attCategory() {
        return attCategory;
    }
}
