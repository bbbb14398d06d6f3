package com.replicationlab.ui.window;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Saves what is on screen as a PNG: the whole window for docs, the canvas alone for slides. */
public final class PngExport {
    private PngExport() {
    }

    public static void write(Scene scene, Path file) throws IOException {
        save(scene.snapshot(null), file);
    }

    public static void write(Node node, Path file) throws IOException {
        save(node.snapshot(null, null), file);
    }

    private static void save(WritableImage image, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}
