/* tandem-draft.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-draft"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sys/file.h>
#include <unistd.h>

#include "tandem-draft.h"
#include "tandem-object-private.h"

/* Unsaved edits, kept safe from a crash.
 *
 * A draft follows one workspace: shortly after an edit it serialises the
 * workspace on the main thread and writes it in a worker thread to
 *
 *   $XDG_DATA_HOME/tandem/drafts/<id>/draft.tandem   the workspace, as saved
 *   $XDG_DATA_HOME/tandem/drafts/<id>/draft.json     what it belongs to
 *
 * where draft.json holds the URI of the workspace's file (null while it is
 * untitled), that file's entity tag when it was loaded or last saved, the
 * title, when the draft was first and last written, and the process and host
 * that wrote it.  The draft goes away when the workspace is clean again
 * (saved, or undone back to what is on disk) and when the user discards it.
 *
 * The process that owns a draft holds an flock() on its folder for as long as
 * it runs; the kernel drops it when the process ends, however it ends.  A
 * draft whose lock can be taken is an orphan: its owner crashed.  Unlike a
 * process id, the lock means the same across PID namespaces (Flatpak) and
 * cannot be confused by a reused id. */

#define DRAFT_FORMAT      1
#define WORKSPACE_NAME    "draft.tandem"
#define METADATA_NAME     "draft.json"
/* A folder without a draft in it may be one being created right now. */
#define PRUNE_AFTER_SECONDS 60

/* The folder of one draft, shared by the draft and the writes under way. */
typedef struct
{
  gatomicrefcount  ref_count;
  GMutex           mutex;
  char            *path;
  int              lock_fd;      /* -1 while the folder is not ours */
  guint64          written;      /* the newest write on disk */
  guint64          removed;      /* writes up to this one are void */
} Folder;

static Folder *
folder_new (const char *path,
            int         lock_fd)
{
  Folder *folder = g_new0 (Folder, 1);

  g_atomic_ref_count_init (&folder->ref_count);
  g_mutex_init (&folder->mutex);
  folder->path = g_strdup (path);
  folder->lock_fd = lock_fd;
  return folder;
}

static Folder *
folder_ref (Folder *folder)
{
  g_atomic_ref_count_inc (&folder->ref_count);
  return folder;
}

static void
folder_unref (Folder *folder)
{
  if (!g_atomic_ref_count_dec (&folder->ref_count))
    return;

  /* Closing the descriptor gives up the lock: the draft, if still on disk, is
   * now an orphan for the next start to offer. */
  if (folder->lock_fd >= 0)
    close (folder->lock_fd);
  g_mutex_clear (&folder->mutex);
  g_free (folder->path);
  g_free (folder);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Folder, folder_unref)

/* Opens @path and takes its lock without waiting; -1 when another process
 * holds it (or the folder cannot be opened). */
static int
open_locked (const char *path)
{
  int fd = open (path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd < 0)
    return -1;
  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      close (fd);
      return -1;
    }
  return fd;
}

static char *
folder_child (Folder     *folder,
              const char *name)
{
  return g_build_filename (folder->path, name, NULL);
}

/* Removes the draft's files; the caller holds the mutex. */
static void
folder_remove_locked (Folder *folder)
{
  g_autofree char *workspace = folder_child (folder, WORKSPACE_NAME);
  g_autofree char *metadata = folder_child (folder, METADATA_NAME);

  /* The workspace first: a folder with only metadata left is pruned. */
  g_unlink (workspace);
  g_unlink (metadata);
  g_rmdir (folder->path);
  if (folder->lock_fd >= 0)
    {
      close (folder->lock_fd);
      folder->lock_fd = -1;
    }
}

/* Writes one version of the draft, unless a newer one or a removal came
 * after it; any thread. */
static gboolean
folder_write (Folder        *folder,
              guint64        serial,
              GBytes        *workspace,
              const char    *metadata,
              GError       **error)
{
  g_autofree char *workspace_path = folder_child (folder, WORKSPACE_NAME);
  g_autofree char *metadata_path = folder_child (folder, METADATA_NAME);
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&folder->mutex);

  if (serial <= folder->written || serial <= folder->removed)
    return TRUE;

  if (folder->lock_fd < 0)
    {
      if (g_mkdir_with_parents (folder->path, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       "%s: %s", folder->path, g_strerror (saved_errno));
          return FALSE;
        }
      folder->lock_fd = open_locked (folder->path);
      if (folder->lock_fd < 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_BUSY, "%s: %s", folder->path,
                       "the draft folder is locked by another process");
          return FALSE;
        }
    }

  /* Metadata first: a folder whose workspace is missing is pruned, while a
   * workspace always has metadata that says what it belongs to. */
  if (!g_file_set_contents_full (metadata_path, metadata, -1, G_FILE_SET_CONTENTS_CONSISTENT,
                                 0600, error) ||
      !g_file_set_contents_full (workspace_path, g_bytes_get_data (workspace, NULL),
                                 g_bytes_get_size (workspace), G_FILE_SET_CONTENTS_CONSISTENT,
                                 0600, error))
    return FALSE;

  folder->written = serial;
  return TRUE;
}

struct _TandemDraft
{
  GObject          parent_instance;

  char            *id;
  Folder          *folder;
  TandemWorkspace *workspace;

  /* What draft.json says. */
  char            *uri;
  char            *etag;
  char            *title;
  GDateTime       *created;
  GDateTime       *modified;

  guint            timeout_id;
  gint64           pending_since;
  guint64          serial;
  guint            discarded : 1;
};

G_DEFINE_FINAL_TYPE (TandemDraft, tandem_draft, G_TYPE_OBJECT)

/**
 * tandem_draft_dup_directory:
 *
 * Returns: (transfer full): the folder that holds every draft.
 */
char *
tandem_draft_dup_directory (void)
{
  return g_build_filename (g_get_user_data_dir (), "tandem", "drafts", NULL);
}

static char *
format_time (GDateTime *time)
{
  return time != NULL ? g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ") : NULL;
}

static void
add_string_member (JsonBuilder *builder,
                   const char  *name,
                   const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static char *
build_metadata (TandemDraft *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *created = format_time (self->created);
  g_autofree char *modified = format_time (self->modified);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_int_value (builder, DRAFT_FORMAT);
  add_string_member (builder, "uri", self->uri);
  add_string_member (builder, "etag", self->etag);
  add_string_member (builder, "title", self->title);
  add_string_member (builder, "created", created);
  add_string_member (builder, "modified", modified);
  json_builder_set_member_name (builder, "pid");
  json_builder_add_int_value (builder, getpid ());
  add_string_member (builder, "host", g_get_host_name ());
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

/* Takes what the workspace says now into the metadata. */
static void
update_metadata (TandemDraft *self)
{
  GFile *file = tandem_workspace_get_file (self->workspace);
  const char *title = tandem_object_get_string (TANDEM_OBJECT (self->workspace), "title");

  g_clear_pointer (&self->uri, g_free);
  if (file != NULL)
    self->uri = g_file_get_uri (file);
  _tandem_set_str (&self->etag, tandem_workspace_get_etag (self->workspace));
  _tandem_set_str (&self->title, title);
  g_clear_pointer (&self->modified, g_date_time_unref);
  self->modified = g_date_time_new_now_utc ();
  if (self->created == NULL)
    self->created = g_date_time_ref (self->modified);
}

typedef struct
{
  Folder  *folder;
  guint64  serial;
  GBytes  *workspace;
  char    *metadata;
} WriteData;

static void
write_data_free (gpointer data)
{
  WriteData *write = data;

  folder_unref (write->folder);
  g_bytes_unref (write->workspace);
  g_free (write->metadata);
  g_free (write);
}

static WriteData *
write_data_new (TandemDraft *self)
{
  WriteData *write = g_new0 (WriteData, 1);

  update_metadata (self);
  write->folder = folder_ref (self->folder);
  write->serial = ++self->serial;
  write->workspace = tandem_xml_write (self->workspace);
  write->metadata = build_metadata (self);
  return write;
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteData *write = task_data;
  GError *error = NULL;

  if (folder_write (write->folder, write->serial, write->workspace, write->metadata, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
write_cb (GObject      *source_object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    g_warning ("Could not write the draft of unsaved changes: %s", error->message);
}

static void
cancel_timeout (TandemDraft *self)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->pending_since = 0;
}

static gboolean
write_timeout_cb (gpointer user_data)
{
  TandemDraft *self = user_data;
  g_autoptr(GTask) task = NULL;

  self->timeout_id = 0;
  self->pending_since = 0;
  if (self->workspace == NULL || !tandem_workspace_get_dirty (self->workspace))
    return G_SOURCE_REMOVE;

  /* The model is the main thread's: it is serialised here, and only the
   * bytes go to the worker. */
  task = g_task_new (self, NULL, write_cb, NULL);
  g_task_set_source_tag (task, write_timeout_cb);
  g_task_set_task_data (task, write_data_new (self), write_data_free);
  g_task_run_in_thread (task, write_thread);
  return G_SOURCE_REMOVE;
}

/* Debounces: writes TANDEM_DRAFT_DELAY_MS after the last edit, but edits in a
 * steady stream do not put the write off beyond TANDEM_DRAFT_MAX_DELAY_MS. */
static void
schedule_write (TandemDraft *self)
{
  gint64 now = g_get_monotonic_time ();

  if (self->timeout_id != 0)
    {
      if ((now - self->pending_since) / 1000 + TANDEM_DRAFT_DELAY_MS > TANDEM_DRAFT_MAX_DELAY_MS)
        return;
      g_clear_handle_id (&self->timeout_id, g_source_remove);
    }
  else
    self->pending_since = now;

  self->timeout_id = g_timeout_add (TANDEM_DRAFT_DELAY_MS, write_timeout_cb, self);
}

/* The workspace reports a change before it counts it in its history, so
 * whether there is something to write is decided when the timer fires. */
static void
workspace_changed_cb (TandemDraft *self)
{
  schedule_write (self);
}

/* Removes the files; the draft can be written again afterwards. */
static void
remove_files (TandemDraft *self)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->folder->mutex);

  self->folder->removed = self->serial;
  folder_remove_locked (self->folder);
}

static void
workspace_dirty_cb (TandemDraft *self)
{
  /* Saved, or undone back to what is on disk: nothing left to keep. */
  if (!tandem_workspace_get_dirty (self->workspace))
    {
      cancel_timeout (self);
      remove_files (self);
    }
}

static void
follow (TandemDraft     *self,
        TandemWorkspace *workspace)
{
  g_assert (self->workspace == NULL);

  self->workspace = g_object_ref (workspace);
  g_signal_connect_object (workspace, "changed", G_CALLBACK (workspace_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "notify::dirty", G_CALLBACK (workspace_dirty_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
unfollow (TandemDraft *self)
{
  cancel_timeout (self);
  if (self->workspace == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_clear_object (&self->workspace);
}

static void
tandem_draft_dispose (GObject *object)
{
  TandemDraft *self = TANDEM_DRAFT (object);

  /* Going away with edits not yet written (a window destroyed without being
   * asked, say): write them now, so they are there to recover. */
  if (self->timeout_id != 0 && self->workspace != NULL &&
      tandem_workspace_get_dirty (self->workspace))
    {
      g_autoptr(GError) error = NULL;

      if (!tandem_draft_flush (self, &error))
        g_warning ("Could not write the draft of unsaved changes: %s", error->message);
    }
  unfollow (self);

  G_OBJECT_CLASS (tandem_draft_parent_class)->dispose (object);
}

static void
tandem_draft_finalize (GObject *object)
{
  TandemDraft *self = TANDEM_DRAFT (object);

  g_clear_pointer (&self->folder, folder_unref);
  g_free (self->id);
  g_free (self->uri);
  g_free (self->etag);
  g_free (self->title);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->modified, g_date_time_unref);

  G_OBJECT_CLASS (tandem_draft_parent_class)->finalize (object);
}

static void
tandem_draft_class_init (TandemDraftClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tandem_draft_dispose;
  object_class->finalize = tandem_draft_finalize;
}

static void
tandem_draft_init (TandemDraft *self)
{
}

static TandemDraft *
draft_new_for_folder (const char *id,
                      int         lock_fd)
{
  TandemDraft *self = g_object_new (TANDEM_TYPE_DRAFT, NULL);
  g_autofree char *directory = tandem_draft_dup_directory ();
  g_autofree char *path = g_build_filename (directory, id, NULL);

  self->id = g_strdup (id);
  self->folder = folder_new (path, lock_fd);
  return self;
}

/**
 * tandem_draft_new:
 *
 * Returns: (transfer full): a draft that follows @workspace: written shortly
 *   after each edit while it is dirty, removed when it is clean again.  An
 *   already dirty workspace is written at once.
 */
TandemDraft *
tandem_draft_new (TandemWorkspace *workspace)
{
  g_autofree char *id = NULL;
  TandemDraft *self;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), NULL);

  id = g_uuid_string_random ();
  self = draft_new_for_folder (id, -1);
  follow (self, workspace);
  if (tandem_workspace_get_dirty (workspace))
    schedule_write (self);
  return self;
}

const char *
tandem_draft_get_id (TandemDraft *self)
{
  g_return_val_if_fail (TANDEM_IS_DRAFT (self), NULL);

  return self->id;
}

/**
 * tandem_draft_dup_path:
 *
 * Returns: (transfer full): where the draft's copy of the workspace is written.
 */
char *
tandem_draft_dup_path (TandemDraft *self)
{
  g_return_val_if_fail (TANDEM_IS_DRAFT (self), NULL);

  return folder_child (self->folder, WORKSPACE_NAME);
}

/**
 * tandem_draft_get_uri:
 *
 * Returns: (nullable): the URI of the file the draft's workspace belongs to,
 *   or %NULL for an untitled workspace.
 */
const char *
tandem_draft_get_uri (TandemDraft *self)
{
  g_return_val_if_fail (TANDEM_IS_DRAFT (self), NULL);

  return self->uri;
}

/**
 * tandem_draft_get_title:
 *
 * Returns: (nullable): the workspace's title when the draft was written.
 */
const char *
tandem_draft_get_title (TandemDraft *self)
{
  g_return_val_if_fail (TANDEM_IS_DRAFT (self), NULL);

  return self->title;
}

/**
 * tandem_draft_get_modified:
 *
 * Returns: (nullable): when the draft was last written.
 */
GDateTime *
tandem_draft_get_modified (TandemDraft *self)
{
  g_return_val_if_fail (TANDEM_IS_DRAFT (self), NULL);

  return self->modified;
}

/**
 * tandem_draft_get_workspace:
 *
 * Returns: (nullable): the workspace the draft follows; %NULL for an orphan
 *   not loaded yet, or a discarded draft.
 */
TandemWorkspace *
tandem_draft_get_workspace (TandemDraft *self)
{
  g_return_val_if_fail (TANDEM_IS_DRAFT (self), NULL);

  return self->workspace;
}

/**
 * tandem_draft_flush:
 *
 * Writes the draft now, in this thread, if its workspace is dirty.
 *
 * Returns: %FALSE with @error set when the draft could not be written.
 */
gboolean
tandem_draft_flush (TandemDraft  *self,
                    GError      **error)
{
  WriteData *write;
  gboolean ok;

  g_return_val_if_fail (TANDEM_IS_DRAFT (self), FALSE);

  cancel_timeout (self);
  if (self->workspace == NULL || !tandem_workspace_get_dirty (self->workspace))
    return TRUE;

  write = write_data_new (self);
  ok = folder_write (write->folder, write->serial, write->workspace, write->metadata, error);
  write_data_free (write);
  return ok;
}

/**
 * tandem_draft_discard:
 *
 * Removes the draft's files and stops following the workspace: the user
 * chose to throw its edits away.
 */
void
tandem_draft_discard (TandemDraft *self)
{
  g_return_if_fail (TANDEM_IS_DRAFT (self));

  unfollow (self);
  self->discarded = TRUE;
  remove_files (self);
}

/* Orphans */

static char *
dup_json_string (JsonObject *object,
                 const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return g_strdup (json_node_get_string (node));
}

static GDateTime *
json_time (JsonObject *object,
           const char *member)
{
  g_autofree char *text = dup_json_string (object, member);

  return text != NULL ? g_date_time_new_from_iso8601 (text, NULL) : NULL;
}

/* Reads draft.json; a missing or unreadable one leaves an untitled draft
 * dated by its workspace file. */
static void
read_metadata (TandemDraft *self)
{
  g_autofree char *path = folder_child (self->folder, METADATA_NAME);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  if (json_parser_load_from_file (parser, path, NULL) &&
      (root = json_parser_get_root (parser)) != NULL && JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonObject *object = json_node_get_object (root);

      self->uri = dup_json_string (object, "uri");
      self->etag = dup_json_string (object, "etag");
      self->title = dup_json_string (object, "title");
      self->created = json_time (object, "created");
      self->modified = json_time (object, "modified");
    }

  if (self->modified == NULL)
    {
      g_autofree char *workspace = folder_child (self->folder, WORKSPACE_NAME);
      GStatBuf st;

      if (g_stat (workspace, &st) == 0)
        self->modified = g_date_time_new_from_unix_utc (st.st_mtime);
    }
}

static gboolean
is_recent (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 &&
         st.st_mtime > g_get_real_time () / G_USEC_PER_SEC - PRUNE_AFTER_SECONDS;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  TandemDraft *da = *(TandemDraft **) a;
  TandemDraft *db = *(TandemDraft **) b;

  if (da->modified == NULL || db->modified == NULL)
    return (da->modified == NULL) - (db->modified == NULL);
  return g_date_time_compare (db->modified, da->modified);
}

/**
 * tandem_draft_list_orphans:
 *
 * Finds the drafts whose owner process has ended.  Each one returned is
 * claimed: this process holds its lock until the draft is dropped, so no
 * other instance offers it meanwhile.  Dropping it without loading or
 * discarding it leaves it for the next start.  Left-over folders without a
 * draft in them are removed.
 *
 * Returns: (transfer container) (element-type TandemDraft): the orphans,
 *   newest first.
 */
GPtrArray *
tandem_draft_list_orphans (GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *directory = tandem_draft_dup_directory ();
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) local_error = NULL;

  dir = g_dir_open (directory, 0, &local_error);
  if (dir == NULL)
    {
      /* No draft was ever written. */
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&drafts);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  for (const char *name; (name = g_dir_read_name (dir)) != NULL; )
    {
      g_autofree char *path = g_build_filename (directory, name, NULL);
      g_autoptr(TandemDraft) draft = NULL;
      g_autofree char *workspace = NULL;
      int fd;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      if (!g_file_test (path, G_FILE_TEST_IS_DIR) || g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        continue;
      /* A live owner holds the lock. */
      if ((fd = open_locked (path)) < 0)
        continue;

      draft = draft_new_for_folder (name, fd);
      workspace = folder_child (draft->folder, WORKSPACE_NAME);
      if (!g_file_test (workspace, G_FILE_TEST_IS_REGULAR))
        {
          if (!is_recent (path))
            {
              g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&draft->folder->mutex);

              folder_remove_locked (draft->folder);
            }
          continue;
        }

      read_metadata (draft);
      g_ptr_array_add (drafts, g_steal_pointer (&draft));
    }

  g_ptr_array_sort (drafts, compare_newest_first);
  return g_steal_pointer (&drafts);
}

static void
list_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *drafts = tandem_draft_list_orphans (cancellable, &error);

  if (drafts == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, drafts, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * tandem_draft_list_orphans_async:
 *
 * Lists the orphaned drafts in a worker thread.
 */
void
tandem_draft_list_orphans_async (GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, tandem_draft_list_orphans_async);
  g_task_run_in_thread (task, list_thread);
}

/**
 * tandem_draft_list_orphans_finish:
 *
 * Returns: (transfer container) (element-type TandemDraft) (nullable): the
 *   orphans, newest first, or %NULL with @error set.
 */
GPtrArray *
tandem_draft_list_orphans_finish (GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  TandemDraft *self = source_object;
  g_autofree char *path = folder_child (self->folder, WORKSPACE_NAME);
  g_autofree char *contents = NULL;
  GError *error = NULL;
  TandemWorkspace *workspace;
  gsize length;

  if (g_task_return_error_if_cancelled (task))
    return;
  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  workspace = tandem_xml_read (contents, length, path, &error);
  if (workspace == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, workspace, g_object_unref);
}

/**
 * tandem_draft_load_async:
 *
 * Reads an orphaned draft's workspace in a worker thread.
 */
void
tandem_draft_load_async (TandemDraft         *self,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TANDEM_IS_DRAFT (self));
  g_return_if_fail (self->workspace == NULL && !self->discarded);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tandem_draft_load_async);
  g_task_run_in_thread (task, load_thread);
}

/**
 * tandem_draft_load_finish:
 *
 * The workspace comes back as the draft left it: dirty, belonging to the
 * draft's file (whose entity tag is the one it had when it was last loaded
 * or saved, so saving still refuses to overwrite what someone else saved
 * since), or untitled.  The draft follows it from now on.
 *
 * Returns: (transfer full) (nullable): the workspace, or %NULL with @error set.
 */
TandemWorkspace *
tandem_draft_load_finish (TandemDraft   *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_autoptr(TandemWorkspace) workspace = NULL;

  g_return_val_if_fail (TANDEM_IS_DRAFT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  workspace = g_task_propagate_pointer (G_TASK (result), error);
  if (workspace == NULL)
    return NULL;

  if (self->uri != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (self->uri);

      tandem_workspace_set_origin (workspace, file, self->etag);
    }
  /* None of its revisions is on disk: a saved revision that never comes
   * keeps it dirty until it is saved. */
  tandem_workspace_mark_saved (workspace, G_MAXUINT64);
  follow (self, workspace);
  return g_steal_pointer (&workspace);
}
