/* tandem-file.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>

#include "tandem-file.h"
#include "tandem-notes-ops.h"
#include "tandem-format-private.h"

/* Loading and saving through GIO, so any location GIO reaches works.  Saving
 * writes a new file and renames it over the old one (GIO's replace), follows
 * symlinks to their target, keeps the target's permissions, and refuses when
 * the file's entity tag shows it changed since it was loaded or saved.  A save
 * that is killed leaves the old file whole; the temporary file it leaves is
 * removed by a later save of a file in the same folder (see
 * remove_stale_temporaries()). */

#define MAX_SYMLINKS 32

/* GIO's local replace writes the new contents to a temporary file named like
 * this beside the file and renames it over the file when the stream closes:
 * a save killed before that leaves the temporary file behind, while the file
 * itself holds the old version, whole. */
#define GIO_TEMPORARY_PREFIX   ".goutputstream-"
#define GIO_TEMPORARY_LENGTH   (sizeof GIO_TEMPORARY_PREFIX - 1 + 6)
/* A temporary file untouched for this long belongs to no save in progress. */
#define STALE_TEMPORARY_SECONDS (10 * 60)

/* How every workspace Tandem writes begins. */
static const char workspace_start[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workspace xmlns=\"" TANDEM_NAMESPACE "\"";

static char *
display_name (GFile *file)
{
  return g_file_get_parse_name (file);
}

/* Notes changed outside Tandem leave highlights on the wrong words: each is
 * put back on its quote, and the workspace marked as differing from its file. */
static void
reanchor_highlights (TandemWorkspace *workspace)
{
  GListModel *interviews = G_LIST_MODEL (tandem_workspace_get_interviews (workspace));
  guint n_moved = 0;

  for (guint i = 0; i < g_list_model_get_n_items (interviews); i++)
    {
      g_autoptr(TandemObject) interview = g_list_model_get_item (interviews, i);

      n_moved += tandem_notes_ops_reanchor_detached (TANDEM_INTERVIEW (interview));
    }
  if (n_moved > 0)
    tandem_workspace_mark_modified (workspace);
}

static TandemWorkspace *
load (GFile         *file,
      gboolean       for_editing,
      GCancellable  *cancellable,
      GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GChecksum) checksum = for_editing ? g_checksum_new (G_CHECKSUM_SHA1) : NULL;
  g_autofree char *name = NULL;
  TandemWorkspace *workspace;

  name = display_name (file);
  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    {
      g_prefix_error (error, "%s: ", name);
      return NULL;
    }
  /* The tag of the file as opened, as g_file_load_contents() reports it. */
  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_ETAG_VALUE, cancellable, NULL);

  /* Parsed while read: a large workspace is never in memory twice. */
  workspace = tandem_xml_read_stream (G_INPUT_STREAM (stream), file, name, checksum, cancellable,
                                      error);
  if (workspace != NULL)
    {
      tandem_workspace_set_origin (workspace, file,
                                   info != NULL ? g_file_info_get_etag (info) : NULL);
      /* Only a workspace that will be edited needs its checksum and its
       * highlights on their words; both cost time on large files. */
      if (for_editing)
        {
          tandem_workspace_set_checksum (workspace, g_checksum_get_string (checksum));
          reanchor_highlights (workspace);
        }
    }
  return workspace;
}

/**
 * tandem_file_load:
 *
 * Loads a workspace to edit and save back: besides its origin (file and
 * entity tag) it keeps the checksum of the bytes read, which a later save
 * compares with the file's.
 *
 * Returns: (transfer full) (nullable): the workspace, or %NULL with @error
 *   set.  The file is only read.
 */
TandemWorkspace *
tandem_file_load (GFile         *file,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return load (file, TRUE, cancellable, error);
}

/**
 * tandem_file_load_for_reading:
 *
 * Like tandem_file_load() for a workspace that will only be read (counted,
 * validated, exported): no checksum is taken, which saves its cost on
 * large files.  A save of it still checks the entity tag.
 */
TandemWorkspace *
tandem_file_load_for_reading (GFile         *file,
                              GCancellable  *cancellable,
                              GError       **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return load (file, FALSE, cancellable, error);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  TandemWorkspace *workspace = tandem_file_load (task_data, cancellable, &error);

  if (workspace == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* The app merges when someone else saves: keep the base of that merge,
   * made here while nobody else sees the workspace yet. */
  {
    g_autoptr(GBytes) base = tandem_xml_write (workspace);

    tandem_workspace_set_base (workspace, base);
  }
  g_task_return_pointer (task, workspace, g_object_unref);
}

/**
 * tandem_file_load_async:
 *
 * Reads and parses @file in a worker thread.
 */
void
tandem_file_load_async (GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tandem_file_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

/**
 * tandem_file_load_finish:
 *
 * Returns: (transfer full) (nullable): the workspace, or %NULL with @error set.
 */
TandemWorkspace *
tandem_file_load_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* The file a save must replace: symlinks are followed so that the link stays a
 * link and its target is written. */
static GFile *
resolve_symlinks (GFile         *file,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFile) current = g_object_ref (file);

  for (guint i = 0; i < MAX_SYMLINKS; i++)
    {
      g_autoptr(GFileInfo) info = NULL;
      g_autoptr(GFile) parent = NULL;
      g_autoptr(GError) local_error = NULL;

      info = g_file_query_info (current,
                                G_FILE_ATTRIBUTE_STANDARD_IS_SYMLINK ","
                                G_FILE_ATTRIBUTE_STANDARD_SYMLINK_TARGET,
                                G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable, &local_error);
      if (info == NULL)
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
            return g_steal_pointer (&current);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (!g_file_info_get_is_symlink (info))
        return g_steal_pointer (&current);

      parent = g_file_get_parent (current);
      g_object_unref (current);
      current = g_file_resolve_relative_path (parent, g_file_info_get_symlink_target (info));
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS, "too many symbolic links");
  return NULL;
}

/* Whether @info is a temporary file a killed Tandem save left: GIO's name,
 * ours, stale, and empty or holding the start of a workspace.  Other
 * programs' temporary files, and files still being written, are left alone. */
static gboolean
is_stale_temporary (GFile     *dir,
                    GFileInfo *info,
                    gint64     now)
{
  const char *name = g_file_info_get_name (info);
  g_autoptr(GFile) child = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  char head[sizeof workspace_start - 1];
  gsize wanted;
  gsize got = 0;

  if (strlen (name) != GIO_TEMPORARY_LENGTH || !g_str_has_prefix (name, GIO_TEMPORARY_PREFIX) ||
      g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    return FALSE;
  if (!g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) ||
      (gint64) g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) >
        now - STALE_TEMPORARY_SECONDS)
    return FALSE;
  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_UNIX_UID) &&
      g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_UID) != getuid ())
    return FALSE;

  wanted = (gsize) MIN ((goffset) sizeof head, g_file_info_get_size (info));
  if (wanted == 0)
    return TRUE;
  child = g_file_get_child (dir, name);
  stream = g_file_read (child, NULL, NULL);
  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), head, wanted, &got, NULL, NULL))
    return FALSE;
  return got == wanted && memcmp (head, workspace_start, wanted) == 0;
}

/* Removes what killed saves left beside @target.  Only local files: other GIO
 * backends name their temporary files differently, or have none.  Nothing
 * here can fail the save that just succeeded. */
static void
remove_stale_temporaries (GFile        *target,
                          GCancellable *cancellable)
{
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GFileEnumerator) children = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  if (!g_file_is_native (target) || (dir = g_file_get_parent (target)) == NULL)
    return;

  children = g_file_enumerate_children (dir,
                                        G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                        G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                        G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                                        G_FILE_ATTRIBUTE_UNIX_UID,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable, NULL);
  while (children != NULL)
    {
      GFileInfo *info = NULL;

      if (!g_file_enumerator_iterate (children, &info, NULL, cancellable, NULL) || info == NULL)
        break;
      if (is_stale_temporary (dir, info, now))
        {
          g_autoptr(GFile) child = g_file_get_child (dir, g_file_info_get_name (info));
          g_autoptr(GError) error = NULL;

          if (g_file_delete (child, cancellable, &error))
            g_debug ("Removed %s, left by a save that did not finish", g_file_info_get_name (info));
          else
            g_debug ("Could not remove %s: %s", g_file_info_get_name (info), error->message);
        }
    }
}

typedef struct
{
  GFile              *file;
  char               *etag;       /* the tag the file must still have, or NULL */
  TandemFrozenObject *frozen;     /* the workspace as it was when the save began */
  GBytes             *bytes;
  guint64  revision;
  char    *new_etag;
  char    *checksum;      /* the file's, as last loaded or saved, or NULL */
  char    *new_checksum;
} SaveData;

static void
save_data_free (gpointer data)
{
  SaveData *save = data;

  g_clear_object (&save->file);
  g_free (save->etag);
  g_clear_pointer (&save->frozen, _tandem_frozen_object_free);
  g_clear_pointer (&save->bytes, g_bytes_unref);
  g_free (save->new_etag);
  g_free (save->checksum);
  g_free (save->new_checksum);
  g_free (save);
}

typedef struct _SaveLock SaveLock;

static SaveLock *save_lock_acquire (GFile *target);
static void      save_lock_release (SaveLock *lock);
static gboolean  replace_target    (SaveData      *save,
                                    GFile         *target,
                                    const char    *name,
                                    GCancellable  *cancellable,
                                    GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SaveLock, save_lock_release)

static gboolean
write_bytes (SaveData      *save,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFile) target = NULL;
  g_autofree char *name = display_name (save->file);

  /* Serialised here, in the worker thread for an asynchronous save. */
  save->bytes = _tandem_xml_write_frozen (save->frozen);
  g_clear_pointer (&save->frozen, _tandem_frozen_object_free);

  target = resolve_symlinks (save->file, cancellable, error);
  if (target == NULL)
    {
      g_prefix_error (error, "%s: ", name);
      return FALSE;
    }

  {
    /* Held until the new file is renamed into place. */
    g_autoptr(SaveLock) lock = save_lock_acquire (target);

    return replace_target (save, target, name, cancellable, error);
  }
}

/* The entity-tag check and the rename that follows it are one step for
 * Tandems saving to the same folder: without that, two saves at the same
 * moment could both pass the check and one would silently lose the other. */
struct _SaveLock
{
  int fd;
};

static SaveLock *
save_lock_acquire (GFile *target)
{
  g_autoptr(GFile) parent = g_file_get_parent (target);
  g_autofree char *path = parent != NULL ? g_file_get_path (parent) : NULL;
  SaveLock *lock = g_new0 (SaveLock, 1);

  /* A local folder only; remote locations have no such lock. */
  lock->fd = path != NULL ? open (path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
  if (lock->fd >= 0)
    while (flock (lock->fd, LOCK_EX) != 0 && errno == EINTR)
      ;
  return lock;
}

static void
save_lock_release (SaveLock *lock)
{
  if (lock->fd >= 0)
    close (lock->fd);
  g_free (lock);
}

/* FALSE without @error: the file's bytes are not what was last loaded or
 * saved.  A file that is gone may be written again. */
static gboolean
unchanged_since_loaded (SaveData      *save,
                        GFile         *target,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GBytes) current = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *checksum = NULL;

  if (save->checksum == NULL)
    return TRUE;
  current = g_file_load_bytes (target, cancellable, NULL, &local_error);
  if (current == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  checksum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA1, current);
  return g_strcmp0 (checksum, save->checksum) == 0;
}

static gboolean
replace_target (SaveData      *save,
                GFile         *target,
                const char    *name,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize written;

  if (!unchanged_since_loaded (save, target, cancellable, &local_error))
    {
      if (local_error != NULL)
        g_set_error (error, local_error->domain, local_error->code, "%s: %s", name,
                     local_error->message);
      else
        g_set_error (error, TANDEM_FORMAT_ERROR, TANDEM_FORMAT_ERROR_CHANGED_ON_DISK,
                     "%s: the file was changed on disk since it was opened; saving would "
                     "overwrite those changes", name);
      return FALSE;
    }

  stream = g_file_replace (target, save->etag, FALSE, G_FILE_CREATE_NONE, cancellable, &local_error);
  if (stream == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
        g_set_error (error, TANDEM_FORMAT_ERROR, TANDEM_FORMAT_ERROR_CHANGED_ON_DISK,
                     "%s: the file was changed on disk since it was opened; saving would "
                     "overwrite those changes", name);
      else
        g_set_error (error, local_error->domain, local_error->code, "%s: %s", name,
                     local_error->message);
      return FALSE;
    }

  if (!g_output_stream_write_all (G_OUTPUT_STREAM (stream),
                                  g_bytes_get_data (save->bytes, NULL),
                                  g_bytes_get_size (save->bytes),
                                  &written, cancellable, &local_error))
    {
      g_autoptr(GCancellable) abandon = g_cancellable_new ();

      /* Closing with a cancelled cancellable discards the new file instead of
       * renaming a half-written one over the old. */
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
      g_set_error (error, local_error->domain, local_error->code, "%s: %s", name,
                   local_error->message);
      return FALSE;
    }

  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code, "%s: %s", name,
                   local_error->message);
      return FALSE;
    }

  save->new_etag = g_file_output_stream_get_etag (stream);
  save->new_checksum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA1, save->bytes);
  remove_stale_temporaries (target, cancellable);
  return TRUE;
}

static SaveData *
save_data_new (TandemWorkspace *workspace,
               GFile           *file)
{
  SaveData *save = g_new0 (SaveData, 1);
  GFile *origin = tandem_workspace_get_file (workspace);

  save->file = g_object_ref (file);
  /* Only the file this workspace came from is checked for changes; Save As
   * onto another file replaces it, as the file chooser confirmed. */
  if (origin != NULL && g_file_equal (origin, file))
    {
      save->etag = g_strdup (tandem_workspace_get_etag (workspace));
      save->checksum = g_strdup (tandem_workspace_get_checksum (workspace));
    }
  save->revision = tandem_workspace_get_revision (workspace);
  save->frozen = _tandem_object_freeze (TANDEM_OBJECT (workspace));
  return save;
}

static void
save_done (TandemWorkspace *workspace,
           SaveData        *save)
{
  tandem_workspace_set_origin (workspace, save->file, save->new_etag);
  tandem_workspace_set_checksum (workspace, save->new_checksum);
  tandem_workspace_set_base (workspace, save->bytes);
  tandem_workspace_mark_saved (workspace, save->revision);
}

/**
 * tandem_file_save:
 *
 * Saves @workspace to @file.  On failure the file on disk is unchanged.
 *
 * Returns: %FALSE with @error set, %TANDEM_FORMAT_ERROR_CHANGED_ON_DISK when
 *   the file changed since it was loaded or saved.
 */
gboolean
tandem_file_save (TandemWorkspace  *workspace,
                  GFile            *file,
                  GCancellable     *cancellable,
                  GError          **error)
{
  SaveData *save;
  gboolean ok;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  save = save_data_new (workspace, file);
  ok = write_bytes (save, cancellable, error);
  if (ok)
    save_done (workspace, save);
  save_data_free (save);
  return ok;
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  if (write_bytes (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * tandem_file_save_async:
 *
 * Freezes @workspace as it is now, then serialises and writes it in a worker
 * thread: the main loop only pays for the freeze.  Edits made meanwhile are
 * not in the file and stay dirty.
 */
void
tandem_file_save_async (TandemWorkspace     *workspace,
                        GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TANDEM_IS_WORKSPACE (workspace));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (workspace, cancellable, callback, user_data);
  g_task_set_source_tag (task, tandem_file_save_async);
  g_task_set_task_data (task, save_data_new (workspace, file), save_data_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
tandem_file_save_finish (TandemWorkspace  *workspace,
                         GAsyncResult     *result,
                         GError          **error)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, workspace), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  save_done (workspace, g_task_get_task_data (G_TASK (result)));
  return TRUE;
}

/**
 * tandem_file_take_in:
 * @mine: a workspace loaded from (or saved to) a file
 * @theirs: that file as it is on disk now, loaded with tandem_file_load()
 *
 * Takes in what someone else saved.  A clean @mine becomes @theirs; one with
 * unsaved edits becomes the three-way merge of its base (the file as last
 * loaded or saved), itself and @theirs, and stays dirty.  Either way it is
 * one undo step and @mine's origin becomes @theirs', so the next save is not
 * refused again.
 *
 * Returns: how many conflicts the merge left in @mine.
 */
guint
tandem_file_take_in (TandemWorkspace *mine,
                     TandemWorkspace *theirs)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (mine), 0);
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (theirs), 0);

  if (!tandem_workspace_get_dirty (mine))
    {
      tandem_workspace_apply (mine, theirs, _("Reload Changes Saved by Others"));
      tandem_workspace_mark_saved (mine, tandem_workspace_get_revision (mine));
    }
  else
    {
      GBytes *base_bytes = tandem_workspace_get_base (mine);
      g_autoptr(TandemWorkspace) base = NULL;
      g_autoptr(TandemWorkspace) merged = NULL;

      if (base_bytes != NULL)
        base = tandem_xml_read (g_bytes_get_data (base_bytes, NULL), g_bytes_get_size (base_bytes),
                                "base", NULL);
      if (base == NULL)
        base = tandem_workspace_new ();
      merged = tandem_merge (base, mine, theirs);
      tandem_workspace_apply (mine, merged, _("Merge Changes Saved by Others"));
      tandem_workspace_mark_modified (mine);
    }

  tandem_workspace_set_origin (mine, tandem_workspace_get_file (theirs), tandem_workspace_get_etag (theirs));
  tandem_workspace_set_checksum (mine, tandem_workspace_get_checksum (theirs));
  tandem_workspace_set_base (mine, tandem_workspace_get_base (theirs));
  return g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_conflicts (mine)));
}
