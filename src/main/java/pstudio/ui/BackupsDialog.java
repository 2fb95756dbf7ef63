package pstudio.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import java.util.function.Function;
import pstudio.place.Backups;
import pstudio.place.PlaceFileException;
import pstudio.place.RecoveryCopies;
import pstudio.ui.document.PlaceDocument;

/**
 * File > Backups…: the open place's run backups and recovery copies, newest first, with when each
 * was written and its size; the one chosen opens as a new unsaved place.
 */
final class BackupsDialog {
    static final ButtonType OPEN = new ButtonType("Open as New Place", ButtonBar.ButtonData.OK_DONE);
    static final String RUN_BACKUP = "Run backup";
    static final String RECOVERY_COPY = "Recovery copy";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss");

    /** One file the list shows. */
    record Entry(String kind, Path file, Instant writtenAt, long bytes) {
    }

    private BackupsDialog() {
    }

    /** When a copy was written, in the user's time zone. */
    static String when(Instant at) {
        return TIME.format(at.atZone(ZoneId.systemDefault()));
    }

    static String size(long bytes) {
        return bytes < 1024 ? bytes + " bytes"
                : bytes < 1024 * 1024 ? String.format("%.1f KB", bytes / 1024.0) : String.format("%.1f MB", bytes / (1024.0 * 1024));
    }

    /** The run backups and recovery copies of {@code document}, newest first. */
    static List<Entry> entries(PlaceDocument document, Backups backups, RecoveryCopies copies) {
        List<Entry> entries = new ArrayList<>();
        try {
            for (Path backup : backups.list(document.file())) {
                try {
                    entries.add(new Entry(RUN_BACKUP, backup, Files.getLastModifiedTime(backup).toInstant(), Files.size(backup)));
                } catch (IOException e) {
                    // deleted while listing: not there to open
                }
            }
        } catch (PlaceFileException e) {
            // an unreadable backup folder lists nothing; the recovery copies still show
        }
        for (RecoveryCopies.Copy copy : copies.list(document.file(), document.displayName())) {
            entries.add(new Entry(RECOVERY_COPY, copy.file(), copy.writtenAt(), copy.bytes()));
        }
        entries.sort(Comparator.comparing(Entry::writtenAt).reversed());
        return entries;
    }

    /** Asks which copy of {@code placeName} to open; empty if the user cancelled. */
    static Optional<Entry> choose(Window owner, String placeName, List<Entry> entries) {
        TableView<Entry> table = new TableView<>();
        table.getColumns().add(column("Written", e -> when(e.writtenAt())));
        table.getColumns().add(column("Kind", Entry::kind));
        table.getColumns().add(column("Size", e -> size(e.bytes())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getItems().setAll(entries);
        table.setPlaceholder(new Label("No copies of " + placeName + " yet: a run backup is written at every Run,"
                + " and a recovery copy every few minutes while there are unsaved changes."));
        table.setPrefSize(520, 300);

        Dialog<Entry> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Backups");
        dialog.setHeaderText("Backups of " + placeName);
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().getButtonTypes().setAll(OPEN, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(OPEN).disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(table.getSelectionModel().getSelectedItem());
            }
        });
        dialog.setResultConverter(b -> b == OPEN ? table.getSelectionModel().getSelectedItem() : null);
        return dialog.showAndWait();
    }

    private static TableColumn<Entry, String> column(String title, Function<Entry, String> text) {
        TableColumn<Entry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }
}
