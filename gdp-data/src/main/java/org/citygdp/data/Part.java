package org.citygdp.data;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.jspecify.annotations.Nullable;

/**
 * Where one dataset's files come from: a directory, a class-path folder, a module's resources, or
 * a single JSON document held in memory. Each file is checked before it is opened (a regular file,
 * inside the directory, not too large) and read to at most {@link DatasetLoader#MAX_FILE_BYTES}.
 * Named classes rather than lambdas: a fresh JVM links each lambda at a cost (issue #3). Not part
 * of the API.
 */
abstract class Part {
  /** How error messages name the dataset: every file's name starts with it. */
  final String description;

  Part(String description) {
    this.description = description;
  }

  /** A file that cannot be read, with the rule: not found, outside, not a regular file, too big. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String rule, @Nullable Throwable cause) {
      super(rule, cause, false, false);
    }
  }

  /**
   * The bytes of the file {@code name}, a relative path already checked by the loader (no
   * {@code ..}, not absolute).
   */
  abstract byte[] bytes(String name) throws Unreadable;

  /** The whole dataset as one JSON document, for a part read from a stream; else {@code null}. */
  byte @Nullable [] document() {
    return null;
  }

  static byte[] bounded(InputStream in) throws IOException, Unreadable {
    byte[] b = in.readNBytes(DatasetLoader.MAX_FILE_BYTES + 1);
    if (b.length > DatasetLoader.MAX_FILE_BYTES) {
      throw tooLarge(-1);
    }
    return b;
  }

  static Unreadable tooLarge(long size) {
    return new Unreadable("is " + (size < 0 ? "more than" : size + " bytes, more than")
        + " the limit of " + DatasetLoader.MAX_FILE_BYTES + " bytes per file", null);
  }

  /** Only a regular file of bounded size is opened: never a directory, device, FIFO or socket. */
  static void checkRegular(Path real) throws IOException, Unreadable {
    BasicFileAttributes a =
        Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (!a.isRegularFile()) {
      throw new Unreadable("is " + (a.isDirectory() ? "a directory"
          : "not a regular file (a device, FIFO, socket or link)")
          + "; only regular files are read", null);
    }
    if (a.size() > DatasetLoader.MAX_FILE_BYTES) {
      throw tooLarge(a.size());
    }
  }

  static final class Directory extends Part {
    private final Path directory;

    Directory(Path directory) {
      super(directory + java.io.File.separator);
      this.directory = directory;
    }

    @Override
    byte[] bytes(String name) throws Unreadable {
      Path root;
      try {
        root = directory.toRealPath();
      } catch (IOException e) {
        throw new Unreadable("cannot be read: the dataset directory " + directory
            + " does not exist or cannot be read", e);
      }
      if (!Files.isDirectory(root)) {
        throw new Unreadable("cannot be read: " + directory + " is not a directory", null);
      }
      Path real;
      try {
        real = root.resolve(name).toRealPath(); // follows links: where the file really is
      } catch (NoSuchFileException e) {
        throw new Unreadable("was not found in " + description, e);
      } catch (IOException e) {
        throw new Unreadable("cannot be read: " + e, e);
      }
      if (!real.startsWith(root)) {
        throw new Unreadable("leads outside the dataset's directory (through a symbolic link);"
            + " only files inside it are read", null);
      }
      try {
        checkRegular(real);
        try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
          return bounded(in);
        }
      } catch (IOException e) {
        throw new Unreadable("cannot be read: " + e, e);
      }
    }
  }

  /** Resources through a class loader, or through a class's own module when {@code anchor} is set. */
  static final class Resources extends Part {
    private final @Nullable ClassLoader loader;
    private final @Nullable Class<?> anchor;
    private final String base;

    Resources(String description, @Nullable ClassLoader loader, @Nullable Class<?> anchor,
        String base) {
      super(description);
      this.loader = loader;
      this.anchor = anchor;
      this.base = base;
    }

    @Override
    byte[] bytes(String name) throws Unreadable {
      URL url = anchor != null ? anchor.getResource(base + name)
          : loader != null ? loader.getResource(base + name)
          : ClassLoader.getSystemResource(base + name);
      if (url == null) {
        throw new Unreadable("was not found in " + description, null);
      }
      try {
        if ("file".equals(url.getProtocol())) {
          checkRegular(Path.of(url.toURI()).toRealPath());
        }
        try (InputStream in = url.openStream()) {
          return bounded(in);
        }
      } catch (IOException | URISyntaxException | IllegalArgumentException e) {
        throw new Unreadable("cannot be read: " + e, e);
      }
    }
  }

  /** A dataset given as one JSON document, read into memory when the loader was made. */
  static final class Document extends Part {
    private final byte[] bytes;

    Document(String name, byte[] bytes) {
      super(name);
      this.bytes = bytes;
    }

    @Override
    byte[] bytes(String name) throws Unreadable {
      throw new Unreadable("cannot be read: a single-document dataset names no files", null);
    }

    @Override
    byte[] document() {
      return bytes;
    }
  }
}
