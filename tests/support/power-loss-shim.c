/*
 * Power-loss shim for tests (LD_PRELOAD): models a disk that keeps only what was fsync'ed.
 * Every fsync/fdatasync of a regular file directly inside POWERLOSS_WATCH_DIR first copies
 * that file, whole, to POWERLOSS_SHADOW_DIR (written to a temporary name and renamed, so a
 * kill never leaves half a copy). Deleting or renaming a file does the same to its copy
 * (file-system metadata is journaled; SQLite commits a rollback journal by deleting it, and
 * small files such as the key file are replaced by writing, syncing and renaming a copy). After a SIGKILL the shadow
 * folder is what a machine that lost power at that moment would find on its disk: data that
 * was not synced is gone.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The shadow path of `path` when it is a file directly inside the watched folder. */
static int shadow_path(const char *path, char *dest, size_t size) {
  const char *watch = getenv("POWERLOSS_WATCH_DIR");
  const char *shadow = getenv("POWERLOSS_SHADOW_DIR");
  if (watch == NULL || shadow == NULL) return 0;
  size_t watch_len = strlen(watch);
  if (strncmp(path, watch, watch_len) != 0 || path[watch_len] != '/') return 0;
  const char *name = path + watch_len + 1;
  if (strchr(name, '/') != NULL) return 0;
  snprintf(dest, size, "%s/%s", shadow, name);
  return 1;
}

static void copy_to_shadow(int fd) {
  char link[64];
  char path[PATH_MAX];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  ssize_t n = readlink(link, path, sizeof path - 1);
  if (n < 0) return;
  path[n] = '\0';
  char dest[PATH_MAX];
  if (!shadow_path(path, dest, sizeof dest)) return;
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return;
  char tmp[PATH_MAX];
  const char *shadow = getenv("POWERLOSS_SHADOW_DIR");
  const char *name = strrchr(dest, '/') + 1;
  snprintf(tmp, sizeof tmp, "%s/.%s.copying", shadow, name);
  int in = open(path, O_RDONLY);
  if (in < 0) return;
  int out = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (out < 0) {
    close(in);
    return;
  }
  char buf[65536];
  ssize_t got;
  while ((got = read(in, buf, sizeof buf)) > 0) {
    ssize_t off = 0;
    while (off < got) {
      ssize_t put = write(out, buf + off, (size_t)(got - off));
      if (put <= 0) break;
      off += put;
    }
  }
  close(in);
  close(out);
  rename(tmp, dest);
}

int fsync(int fd) {
  static int (*real)(int) = NULL;
  if (real == NULL) real = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
  int result = real(fd);
  if (result == 0) copy_to_shadow(fd);
  return result;
}

int fdatasync(int fd) {
  static int (*real)(int) = NULL;
  if (real == NULL) real = (int (*)(int))dlsym(RTLD_NEXT, "fdatasync");
  int result = real(fd);
  if (result == 0) copy_to_shadow(fd);
  return result;
}

int unlink(const char *path) {
  static int (*real)(const char *) = NULL;
  if (real == NULL) real = (int (*)(const char *))dlsym(RTLD_NEXT, "unlink");
  int result = real(path);
  char dest[PATH_MAX];
  if (result == 0 && shadow_path(path, dest, sizeof dest)) real(dest);
  return result;
}

int rename(const char *from, const char *to) {
  static int (*real)(const char *, const char *) = NULL;
  if (real == NULL) real = (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "rename");
  int result = real(from, to);
  char from_shadow[PATH_MAX];
  char to_shadow[PATH_MAX];
  if (result == 0 && shadow_path(from, from_shadow, sizeof from_shadow) &&
      shadow_path(to, to_shadow, sizeof to_shadow))
    real(from_shadow, to_shadow);
  return result;
}
