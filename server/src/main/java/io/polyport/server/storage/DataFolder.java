package io.polyport.server.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data folder holds password and token hashes, so only its owner may read it: a new folder is created
 * {@code 0700} and the files Polyport creates in it {@code 0600} (SQLite gives its WAL and shared-memory files the
 * database file's mode). An existing folder that others may read is left as it is, with a warning. On file
 * systems without POSIX modes nothing is changed.
 */
public final class DataFolder {
    private static final Logger LOG = LoggerFactory.getLogger(DataFolder.class);
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private DataFolder() {
    }

    /** Creates {@code folder} (and missing parents) owner-only, or warns when an existing one is open to others. */
    public static void prepare(Path folder) {
        try {
            if (Files.isDirectory(folder)) {
                warnIfOpen(folder);
                return;
            }
            if (POSIX) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
                Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
            } else {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data folder " + folder, e);
        }
    }

    /** Creates {@code file} empty and owner-only ({@code 0600}) unless it exists. */
    public static void createPrivateFile(Path file) {
        try {
            if (POSIX) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
                Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException exists) {
            // keep the existing file and its mode
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file, e);
        }
    }

    private static void warnIfOpen(Path folder) throws IOException {
        if (!POSIX) {
            return;
        }
        Set<PosixFilePermission> modes = Files.getPosixFilePermissions(folder);
        if (modes.stream().anyMatch(OTHERS::contains)) {
            LOG.warn("data folder {} is open to other users ({}); it holds password and token hashes: "
                    + "chmod 700 it", folder.toAbsolutePath(), PosixFilePermissions.toString(modes));
        }
    }
}
