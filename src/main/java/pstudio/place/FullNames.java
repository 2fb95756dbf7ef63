package pstudio.place;

/** Reading the dotted full names {@link Instance#GetFullName()} writes ({@code ServerScriptService.Master.Job}). */
public final class FullNames {
    private FullNames() {
    }

    /** The instance's own name: the full name's last part ({@code Job}). */
    public static String ownName(String fullName) {
        return fullName.substring(fullName.lastIndexOf('.') + 1);
    }
}
