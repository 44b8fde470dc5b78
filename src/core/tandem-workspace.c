/* tandem-workspace.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-workspace"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tandem-card.h"
#include "tandem-collection-private.h"
#include "tandem-column.h"
#include "tandem-conflict.h"
#include "tandem-core-enums.h"
#include "tandem-highlight-tag.h"
#include "tandem-interview.h"
#include "tandem-lane.h"
#include "tandem-launch.h"
#include "tandem-object-private.h"
#include "tandem-person.h"
#include "tandem-rank.h"
#include "tandem-snapshot.h"
#include "tandem-tier.h"
#include "tandem-workspace-private.h"

/* The one door for edits.  Every change becomes a command on the undo stack;
 * applying a command is the only place fields, collections and the id index
 * change, so undo, redo, the dirty flag and authorship cannot drift apart. */

typedef enum
{
  COMMAND_SET,
  COMMAND_INSERT,
  COMMAND_REMOVE,
  COMMAND_GROUP,
} CommandKind;

typedef struct _Command Command;

struct _Command
{
  CommandKind       kind;
  guint64           serial;
  char             *label;

  /* SET, INSERT, REMOVE; not owned when it is the workspace itself, whose
   * undo stack holds the command: a reference would be a cycle. */
  TandemObject     *object;

  /* SET */
  guint             field;
  GValue            old_value;
  GValue            new_value;
  char             *old_modified;
  char             *old_modified_by;
  char             *new_modified;
  char             *new_modified_by;

  /* INSERT, REMOVE */
  TandemCollection *collection;
  guint             position;

  /* GROUP */
  GPtrArray        *children;

  /* SET made with TANDEM_EDIT_COALESCE: when, for merging the next one in */
  gint64            coalesce_time;
};

struct _TandemWorkspace
{
  TandemObject      parent_instance;

  TandemCollection *containers[10];
  GHashTable       *index;          /* id → TandemObject */

  GPtrArray        *undo_stack;
  GPtrArray        *redo_stack;
  GPtrArray        *open_groups;
  guint64           next_serial;
  guint64           saved_serial;

  char             *author_name;
  TandemTeam        author_team;

  GFile            *file;
  char             *etag;
  char             *checksum;
  GBytes           *base;
};

G_DEFINE_FINAL_TYPE (TandemWorkspace, tandem_workspace, TANDEM_TYPE_OBJECT)
G_DEFINE_QUARK (tandem-workspace-error-quark, tandem_workspace_error)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_DIRTY,
  PROP_FILE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static const char * const container_names[] = {
  "people", "columns", "lanes", "cards", "launches", "interviews", "snapshots", "tiers",
  "highlight-tags", "conflicts", NULL
};

static const TandemFieldInfo fields[] = {
  { .name = "title", .type = TANDEM_FIELD_STRING, .required = TRUE },
  { .name = "description", .type = TANDEM_FIELD_TEXT },
};

static void
command_free (gpointer data)
{
  Command *cmd = data;

  g_free (cmd->label);
  if (cmd->object != NULL && !TANDEM_IS_WORKSPACE (cmd->object))
    g_object_unref (cmd->object);
  if (G_IS_VALUE (&cmd->old_value))
    g_value_unset (&cmd->old_value);
  if (G_IS_VALUE (&cmd->new_value))
    g_value_unset (&cmd->new_value);
  g_free (cmd->old_modified);
  g_free (cmd->old_modified_by);
  g_free (cmd->new_modified);
  g_free (cmd->new_modified_by);
  g_clear_object (&cmd->collection);
  g_clear_pointer (&cmd->children, g_ptr_array_unref);
  g_free (cmd);
}

static Command *
command_new (CommandKind   kind,
             TandemObject *object)
{
  Command *cmd = g_new0 (Command, 1);

  cmd->kind = kind;
  if (object != NULL && !TANDEM_IS_WORKSPACE (object))
    g_object_ref (object);
  cmd->object = object;
  return cmd;
}

static void
index_add (TandemWorkspace *self,
           TandemObject    *object)
{
  TandemCollection *children = tandem_object_get_children (object);

  g_hash_table_insert (self->index, (gpointer) tandem_object_get_id (object),
                       g_object_ref (object));
  for (guint i = 0; children != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (children)); i++)
    {
      g_autoptr(TandemObject) child = g_list_model_get_item (G_LIST_MODEL (children), i);

      index_add (self, child);
    }
}

static void
index_remove (TandemWorkspace *self,
              TandemObject    *object)
{
  TandemCollection *children = tandem_object_get_children (object);

  for (guint i = 0; children != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (children)); i++)
    {
      g_autoptr(TandemObject) child = g_list_model_get_item (G_LIST_MODEL (children), i);

      index_remove (self, child);
    }
  g_hash_table_remove (self->index, tandem_object_get_id (object));
}

static void
command_apply (TandemWorkspace *self,
               Command         *cmd,
               gboolean         forward)
{
  switch (cmd->kind)
    {
    case COMMAND_SET:
      _tandem_object_set_value (cmd->object, cmd->field,
                                forward ? &cmd->new_value : &cmd->old_value);
      _tandem_object_set_stamps (cmd->object,
                                 tandem_object_get_created (cmd->object),
                                 tandem_object_get_created_by (cmd->object),
                                 forward ? cmd->new_modified : cmd->old_modified,
                                 forward ? cmd->new_modified_by : cmd->old_modified_by);
      g_signal_emit (self, signals [CHANGED], 0, cmd->object,
                     TANDEM_OBJECT_GET_CLASS (cmd->object)->fields[cmd->field].name);
      break;

    case COMMAND_INSERT:
    case COMMAND_REMOVE:
      if (forward == (cmd->kind == COMMAND_INSERT))
        {
          guint n = g_list_model_get_n_items (G_LIST_MODEL (cmd->collection));

          _tandem_collection_insert (cmd->collection, MIN (cmd->position, n), cmd->object);
          index_add (self, cmd->object);
        }
      else
        {
          guint position;

          if (!tandem_collection_find (cmd->collection, cmd->object, &position))
            g_assert_not_reached ();
          index_remove (self, cmd->object);
          _tandem_collection_remove (cmd->collection, position);
        }
      g_signal_emit (self, signals [CHANGED], 0, cmd->object, NULL);
      break;

    case COMMAND_GROUP:
      if (forward)
        for (guint i = 0; i < cmd->children->len; i++)
          command_apply (self, g_ptr_array_index (cmd->children, i), TRUE);
      else
        for (guint i = cmd->children->len; i > 0; i--)
          command_apply (self, g_ptr_array_index (cmd->children, i - 1), FALSE);
      break;

    default:
      g_assert_not_reached ();
    }
}

static guint64
current_serial (TandemWorkspace *self)
{
  if (self->undo_stack->len == 0)
    return 0;
  return ((Command *) g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1))->serial;
}

static void
notify_history (TandemWorkspace *self,
                gboolean         was_undo,
                gboolean         was_redo,
                gboolean         was_dirty)
{
  if (was_undo != tandem_workspace_get_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CAN_UNDO]);
  if (was_redo != tandem_workspace_get_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CAN_REDO]);
  if (was_dirty != tandem_workspace_get_dirty (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DIRTY]);
}

/* Applies @cmd and records it, in the open group or on the undo stack. */
static void
record (TandemWorkspace *self,
        Command         *cmd)
{
  gboolean was_undo = tandem_workspace_get_can_undo (self);
  gboolean was_redo = tandem_workspace_get_can_redo (self);
  gboolean was_dirty = tandem_workspace_get_dirty (self);

  command_apply (self, cmd, TRUE);

  if (self->open_groups->len > 0)
    {
      Command *group = g_ptr_array_index (self->open_groups, self->open_groups->len - 1);

      g_ptr_array_add (group->children, cmd);
      return;
    }

  cmd->serial = ++self->next_serial;
  g_ptr_array_add (self->undo_stack, cmd);
  g_ptr_array_set_size (self->redo_stack, 0);
  notify_history (self, was_undo, was_redo, was_dirty);
}

static void
tandem_workspace_finalize (GObject *object)
{
  TandemWorkspace *self = TANDEM_WORKSPACE (object);

  g_ptr_array_unref (self->undo_stack);
  g_ptr_array_unref (self->redo_stack);
  g_ptr_array_unref (self->open_groups);
  g_hash_table_unref (self->index);
  for (guint i = 0; i < G_N_ELEMENTS (self->containers); i++)
    g_clear_object (&self->containers[i]);
  g_free (self->author_name);
  g_clear_object (&self->file);
  g_free (self->etag);
  g_free (self->checksum);
  g_clear_pointer (&self->base, g_bytes_unref);

  G_OBJECT_CLASS (tandem_workspace_parent_class)->finalize (object);
}

static void
tandem_workspace_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TandemWorkspace *self = TANDEM_WORKSPACE (object);

  if (prop_id <= G_N_ELEMENTS (fields))
    {
      _tandem_object_get_field_property (object, prop_id, value, pspec);
      return;
    }

  switch (prop_id - G_N_ELEMENTS (fields))
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, tandem_workspace_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, tandem_workspace_get_can_redo (self));
      break;

    case PROP_DIRTY:
      g_value_set_boolean (value, tandem_workspace_get_dirty (self));
      break;

    case PROP_FILE:
      g_value_set_object (value, tandem_workspace_get_file (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_workspace_class_init (TandemWorkspaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  tandem_object_class_install_fields (TANDEM_OBJECT_CLASS (klass), "workspace", "w",
                                      fields, G_N_ELEMENTS (fields), G_TYPE_NONE);

  /* The fields took property ids 1…n_fields; ours follow them. */
  object_class->finalize = tandem_workspace_finalize;
  object_class->get_property = tandem_workspace_get_property;

  properties [PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  for (guint i = 1; i < N_PROPS; i++)
    g_object_class_install_property (object_class, G_N_ELEMENTS (fields) + i, properties[i]);

  /**
   * TandemWorkspace::changed:
   * @object: the object that changed
   * @field: (nullable): the field that changed, or %NULL when @object was
   *   added or removed
   *
   * Emitted for every change, including undo and redo.
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, TANDEM_TYPE_OBJECT, G_TYPE_STRING);
}

static void
tandem_workspace_init (TandemWorkspace *self)
{
  static GType (*item_types[]) (void) = {
    tandem_person_get_type, tandem_column_get_type, tandem_lane_get_type, tandem_card_get_type,
    tandem_launch_get_type, tandem_interview_get_type, tandem_snapshot_get_type,
    tandem_tier_get_type, tandem_highlight_tag_get_type, tandem_conflict_get_type,
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (item_types) == G_N_ELEMENTS (container_names) - 1);

  for (guint i = 0; i < G_N_ELEMENTS (self->containers); i++)
    self->containers[i] = _tandem_collection_new (item_types[i] (), TANDEM_OBJECT (self));
  self->index = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->undo_stack = g_ptr_array_new_with_free_func (command_free);
  self->redo_stack = g_ptr_array_new_with_free_func (command_free);
  self->open_groups = g_ptr_array_new_with_free_func (command_free);
  self->author_team = TANDEM_TEAM_OTHER;
}

/**
 * tandem_workspace_new:
 *
 * Returns: (transfer full): an empty workspace, as a reader fills it.
 */
TandemWorkspace *
tandem_workspace_new (void)
{
  TandemWorkspace *self = g_object_new (TANDEM_TYPE_WORKSPACE, NULL);
  g_autofree char *id = tandem_id_new ("w");

  _tandem_object_set_id (TANDEM_OBJECT (self), id);
  return self;
}

/**
 * tandem_workspace_new_untitled:
 *
 * Returns: (transfer full): a new, clean workspace with the Now, Next and
 *   Later columns, for File › New.
 */
TandemWorkspace *
tandem_workspace_new_untitled (void)
{
  TandemWorkspace *self = tandem_workspace_new ();
  const char *titles[] = { _("Now"), _("Next"), _("Later") };
  g_auto(GStrv) ranks = tandem_rank_sequence (NULL, NULL, G_N_ELEMENTS (titles));
  g_autofree char *now = tandem_timestamp_now ();

  tandem_object_set_detached (self, "title", _("Untitled workspace"), NULL);
  _tandem_object_set_stamps (TANDEM_OBJECT (self), now, NULL, now, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(TandemColumn) column = tandem_column_new ();
      g_autofree char *id = tandem_id_new ("c");

      _tandem_object_set_id (TANDEM_OBJECT (column), id);
      _tandem_object_set_stamps (TANDEM_OBJECT (column), now, NULL, now, NULL);
      tandem_object_set_detached (column, "title", titles[i], "rank", ranks[i], NULL);
      _tandem_workspace_load_append (self, NULL, TANDEM_OBJECT (column));
    }

  return self;
}

/**
 * tandem_workspace_list_containers:
 *
 * Returns: (transfer none): the names of the top-level collections, in file order.
 */
const char * const *
tandem_workspace_list_containers (void)
{
  return container_names;
}

/**
 * tandem_workspace_get_container:
 * @name: one of tandem_workspace_list_containers()
 *
 * Returns: (transfer none) (nullable): the collection of that name.
 */
TandemCollection *
tandem_workspace_get_container (TandemWorkspace *self,
                                const char      *name)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; container_names[i] != NULL; i++)
    if (strcmp (container_names[i], name) == 0)
      return self->containers[i];
  return NULL;
}

TandemCollection *
tandem_workspace_get_people (TandemWorkspace *self)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), NULL);
  return self->containers[0];
}

TandemCollection *
tandem_workspace_get_columns (TandemWorkspace *self)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), NULL);
  return self->containers[1];
}

TandemCollection *
tandem_workspace_get_lanes (TandemWorkspace *self)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), NULL);
  return self->containers[2];
}

TandemCollection *
tandem_workspace_get_cards (TandemWorkspace *self)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), NULL);
  return self->containers[3];
}

TandemCollection *
tandem_workspace_get_launches (TandemWorkspace *self)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), NULL);
  return self->containers[4];
}

TandemCollection *
tandem_workspace_get_interviews (TandemWorkspace *self)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), NULL);
  return self->containers[5];
}

TandemCollection *
tandem_workspace_get_snapshots (TandemWorkspace *self)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), NULL);
  return self->containers[6];
}

/**
 * tandem_workspace_get_conflicts:
 *
 * Returns: (transfer none): the #TandemConflict a merge left for the user.
 */
TandemCollection *
tandem_workspace_get_conflicts (TandemWorkspace *self)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), NULL);
  return self->containers[9];
}

/**
 * tandem_workspace_lookup:
 *
 * Returns: (transfer none) (nullable): the object with that id, at any depth.
 */
TandemObject *
tandem_workspace_lookup (TandemWorkspace *self,
                         const char      *id)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), NULL);

  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (self->index, id);
}

/**
 * tandem_workspace_get_file:
 *
 * Returns: (transfer none) (nullable): where the workspace was last loaded from
 *   or saved to.
 */
GFile *
tandem_workspace_get_file (TandemWorkspace *self)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), NULL);

  return self->file;
}

/**
 * tandem_workspace_get_etag:
 *
 * Returns: (nullable): the entity tag the file had when it was last loaded or
 *   saved; a save refuses to overwrite a file whose tag has changed since.
 */
const char *
tandem_workspace_get_etag (TandemWorkspace *self)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), NULL);

  return self->etag;
}

void
tandem_workspace_set_origin (TandemWorkspace *self,
                             GFile           *file,
                             const char      *etag)
{
  g_return_if_fail (TANDEM_IS_WORKSPACE (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  _tandem_set_str (&self->etag, etag);
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FILE]);
}

/**
 * tandem_workspace_get_checksum:
 *
 * Returns: (nullable): the checksum of the file's bytes when last loaded or
 *   saved.  Entity tags are modification times, too coarse to see two saves
 *   in the same few milliseconds; the checksum is not.
 */
const char *
tandem_workspace_get_checksum (TandemWorkspace *self)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), NULL);

  return self->checksum;
}

void
tandem_workspace_set_checksum (TandemWorkspace *self,
                               const char      *checksum)
{
  g_return_if_fail (TANDEM_IS_WORKSPACE (self));

  _tandem_set_str (&self->checksum, checksum);
}

/**
 * tandem_workspace_get_base:
 *
 * Returns: (transfer none) (nullable): the file as it was when last loaded or
 *   saved: the base of a three-way merge when someone else saves meanwhile.
 */
GBytes *
tandem_workspace_get_base (TandemWorkspace *self)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), NULL);

  return self->base;
}

void
tandem_workspace_set_base (TandemWorkspace *self,
                           GBytes          *base)
{
  g_return_if_fail (TANDEM_IS_WORKSPACE (self));

  if (base != NULL)
    g_bytes_ref (base);
  g_clear_pointer (&self->base, g_bytes_unref);
  self->base = base;
}

/**
 * tandem_workspace_mark_modified:
 *
 * Marks the workspace as differing from its file although no step on the undo
 * stack made it so (it was merged with someone else's changes).
 */
void
tandem_workspace_mark_modified (TandemWorkspace *self)
{
  g_return_if_fail (TANDEM_IS_WORKSPACE (self));

  tandem_workspace_mark_saved (self, G_MAXUINT64);
}

const char *
tandem_workspace_get_author_name (TandemWorkspace *self)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), NULL);

  return self->author_name;
}

TandemTeam
tandem_workspace_get_author_team (TandemWorkspace *self)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), TANDEM_TEAM_OTHER);

  return self->author_team;
}

/**
 * tandem_workspace_set_author:
 * @name: (nullable): who makes the following edits
 *
 * Sets who is stamped as the author of the following edits.  The author is a
 * person of the workspace, added (as part of the first edit) if needed.
 */
void
tandem_workspace_set_author (TandemWorkspace *self,
                             const char      *name,
                             TandemTeam       team)
{
  g_return_if_fail (TANDEM_IS_WORKSPACE (self));

  _tandem_set_str (&self->author_name, name != NULL && name[0] != '\0' ? name : NULL);
  self->author_team = team;
}

static void
insert_object (TandemWorkspace  *self,
               TandemCollection *collection,
               TandemObject     *object)
{
  Command *cmd = command_new (COMMAND_INSERT, object);

  cmd->collection = g_object_ref (collection);
  cmd->position = g_list_model_get_n_items (G_LIST_MODEL (collection));
  record (self, cmd);
}

static void
stamp_new (TandemObject *object,
           const char   *now,
           const char   *author)
{
  TandemCollection *children = tandem_object_get_children (object);

  if (tandem_object_get_id (object) == NULL)
    {
      g_autofree char *id = tandem_id_new (TANDEM_OBJECT_GET_CLASS (object)->id_prefix);

      _tandem_object_set_id (object, id);
    }
  _tandem_object_set_stamps (object, now, author, now, author);

  for (guint i = 0; children != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (children)); i++)
    {
      g_autoptr(TandemObject) child = g_list_model_get_item (G_LIST_MODEL (children), i);

      stamp_new (child, now, author);
    }
}

/* The id of the author's person, adding the person (undoably) when needed. */
static const char *
author_id (TandemWorkspace *self)
{
  GListModel *people = G_LIST_MODEL (tandem_workspace_get_people (self));
  g_autoptr(TandemPerson) person = NULL;
  g_autofree char *now = NULL;

  if (self->author_name == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(TandemObject) candidate = g_list_model_get_item (people, i);

      if (g_strcmp0 (tandem_object_get_string (candidate, "name"), self->author_name) == 0)
        return tandem_object_get_id (candidate);
    }

  person = tandem_person_new ();
  now = tandem_timestamp_now ();
  tandem_object_set_detached (person, "name", self->author_name, "team", self->author_team, NULL);
  stamp_new (TANDEM_OBJECT (person), now, NULL);
  insert_object (self, tandem_workspace_get_people (self), TANDEM_OBJECT (person));
  return tandem_object_get_id (TANDEM_OBJECT (person));
}

static gboolean
check_reference (TandemWorkspace       *self,
                 const TandemFieldInfo *info,
                 const GValue          *value,
                 GError               **error)
{
  const char *single[] = { NULL, NULL };
  const char * const *ids;

  if (info->type == TANDEM_FIELD_REF)
    {
      single[0] = g_value_get_string (value);
      ids = single;
    }
  else if (info->type == TANDEM_FIELD_REF_LIST)
    ids = g_value_get_boxed (value);
  else
    return TRUE;

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      TandemObject *target = tandem_workspace_lookup (self, ids[i]);

      if (target == NULL || strcmp (tandem_object_get_kind (target), info->ref_kind) != 0)
        {
          g_set_error (error, TANDEM_WORKSPACE_ERROR, TANDEM_WORKSPACE_ERROR_NOT_FOUND,
                       _("“%s” refers to %s, which is not a %s in this workspace"),
                       info->name, ids[i], info->ref_kind);
          return FALSE;
        }
    }
  return TRUE;
}

#define COALESCE_USEC (2 * G_USEC_PER_SEC)

/* Typing into a field: merges a one-field change into the last step when it
 * changed the same field the same way less than two seconds ago, so that
 * undo reverts a burst of typing, not each key.  Never into the step the file
 * was saved at, or the dirty flag would lie. */
static gboolean
coalesce (TandemWorkspace  *self,
          TandemObject     *object,
          TandemFieldValue *fv)
{
  gint64 now = g_get_monotonic_time ();
  gboolean was_dirty;
  Command *last;

  if (self->open_groups->len > 0 || self->undo_stack->len == 0)
    return FALSE;
  last = g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1);
  if (last->kind != COMMAND_SET || last->object != object || last->field != fv->field ||
      last->coalesce_time == 0 || now - last->coalesce_time > COALESCE_USEC ||
      last->serial == self->saved_serial)
    return FALSE;

  was_dirty = tandem_workspace_get_dirty (self);
  g_value_copy (&fv->value, &last->new_value);
  last->coalesce_time = now;
  last->serial = ++self->next_serial;
  _tandem_object_set_value (object, fv->field, &fv->value);
  g_signal_emit (self, signals [CHANGED], 0, object,
                 TANDEM_OBJECT_GET_CLASS (object)->fields[fv->field].name);
  notify_history (self, TRUE, FALSE, was_dirty);
  return TRUE;
}

static gboolean
set_fields (TandemWorkspace *self,
            TandemObject    *object,
            GArray          *values,
            TandemEditFlags  flags,
            GError         **error)
{
  TandemObjectClass *klass = TANDEM_OBJECT_GET_CLASS (object);
  g_autofree char *now = NULL;
  const char *author;
  guint n_changed = 0;

  for (guint i = 0; i < values->len; i++)
    {
      TandemFieldValue *fv = &g_array_index (values, TandemFieldValue, i);

      if (!check_reference (self, &klass->fields[fv->field], &fv->value, error))
        return FALSE;
      if (!tandem_field_values_equal (&klass->fields[fv->field], &fv->value,
                                      tandem_object_get_value (object, fv->field)))
        n_changed++;
    }
  if (n_changed == 0)
    return TRUE;
  if ((flags & TANDEM_EDIT_COALESCE) && values->len == 1 &&
      coalesce (self, object, &g_array_index (values, TandemFieldValue, 0)))
    return TRUE;

  tandem_workspace_begin_group (self, NULL);
  now = tandem_timestamp_now ();
  author = author_id (self);

  for (guint i = 0; i < values->len; i++)
    {
      TandemFieldValue *fv = &g_array_index (values, TandemFieldValue, i);
      Command *cmd;

      if (tandem_field_values_equal (&klass->fields[fv->field], &fv->value,
                                     tandem_object_get_value (object, fv->field)))
        continue;

      cmd = command_new (COMMAND_SET, object);
      cmd->field = fv->field;
      g_value_init (&cmd->old_value, G_VALUE_TYPE (&fv->value));
      g_value_copy (tandem_object_get_value (object, fv->field), &cmd->old_value);
      g_value_init (&cmd->new_value, G_VALUE_TYPE (&fv->value));
      g_value_copy (&fv->value, &cmd->new_value);
      cmd->old_modified = g_strdup (tandem_object_get_modified (object));
      cmd->old_modified_by = g_strdup (tandem_object_get_modified_by (object));
      cmd->new_modified = g_strdup (now);
      cmd->new_modified_by = g_strdup (author != NULL ? author : cmd->old_modified_by);
      if (flags & TANDEM_EDIT_COALESCE)
        cmd->coalesce_time = g_get_monotonic_time ();
      record (self, cmd);
    }

  tandem_workspace_end_group (self);
  return TRUE;
}

static gboolean
in_workspace (TandemWorkspace *self,
              TandemObject    *object)
{
  const char *id = tandem_object_get_id (object);

  return object == TANDEM_OBJECT (self) ||
         (id != NULL && tandem_workspace_lookup (self, id) == object);
}

/**
 * tandem_workspace_set_value:
 * @object: the workspace itself or an object in it
 * @field: the name of one of its fields
 * @value: the new value
 *
 * Changes one field as one undo step, typically from user input.
 *
 * Returns: %FALSE, with @error set, when the field is unknown, the value is
 *   invalid or refers to something not in the workspace.
 */
gboolean
tandem_workspace_set_value (TandemWorkspace *self,
                            gpointer         object,
                            const char      *field,
                            const GValue    *value,
                            GError         **error)
{
  return tandem_workspace_set_value_full (self, object, field, value, TANDEM_EDIT_NONE, error);
}

/**
 * tandem_workspace_set_value_full:
 * @flags: %TANDEM_EDIT_COALESCE for typing: the change joins the previous
 *   step if that changed the same field less than two seconds ago.  Pass
 *   %TANDEM_EDIT_NONE at a word boundary or after a pause to start a new step.
 *
 * As tandem_workspace_set_value().
 */
gboolean
tandem_workspace_set_value_full (TandemWorkspace *self,
                                 gpointer         object,
                                 const char      *field,
                                 const GValue    *value,
                                 TandemEditFlags  flags,
                                 GError         **error)
{
  g_autoptr(GArray) values = NULL;
  TandemFieldValue fv = { 0, G_VALUE_INIT };
  const TandemFieldInfo *info;
  gboolean ret;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_OBJECT (object), FALSE);
  g_return_val_if_fail (in_workspace (self, object), FALSE);
  g_return_val_if_fail (field != NULL, FALSE);
  g_return_val_if_fail (G_IS_VALUE (value), FALSE);

  info = tandem_object_class_find_field (TANDEM_OBJECT_GET_CLASS (object), field, &fv.field);
  if (info == NULL)
    {
      g_set_error (error, TANDEM_OBJECT_ERROR, TANDEM_OBJECT_ERROR_UNKNOWN_FIELD,
                   _("%s has no field “%s”"), tandem_object_get_kind (object), field);
      return FALSE;
    }
  if (!tandem_field_check (info, value, error))
    return FALSE;

  values = g_array_new (FALSE, TRUE, sizeof (TandemFieldValue));
  g_value_init (&fv.value, G_VALUE_TYPE (value));
  g_value_copy (value, &fv.value);
  g_array_append_val (values, fv);
  ret = set_fields (self, object, values, flags, error);
  g_value_unset (&g_array_index (values, TandemFieldValue, 0).value);
  return ret;
}

/**
 * tandem_workspace_set:
 * @object: the workspace itself or an object in it
 * @first_field: the name of the first field to set
 * @...: its value, then more name/value pairs, ending with %NULL
 *
 * Changes fields the way g_object_set() does, as one undo step.  Unknown fields
 * and invalid values are programming errors.
 *
 * Returns: whether the change was made.
 */
gboolean
tandem_workspace_set (TandemWorkspace *self,
                      gpointer         object,
                      const char      *first_field,
                      ...)
{
  g_autoptr(GArray) values = NULL;
  g_autoptr(GError) error = NULL;
  va_list args;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_OBJECT (object), FALSE);
  g_return_val_if_fail (in_workspace (self, object), FALSE);

  va_start (args, first_field);
  values = _tandem_object_collect_valist (object, first_field, args);
  va_end (args);
  if (values == NULL)
    return FALSE;

  if (!set_fields (self, object, values, TANDEM_EDIT_NONE, &error))
    {
      g_critical ("%s", error->message);
      return FALSE;
    }
  return TRUE;
}

static TandemCollection *
collection_for (TandemWorkspace *self,
                TandemObject    *parent,
                TandemObject    *object)
{
  if (parent == NULL || parent == TANDEM_OBJECT (self))
    {
      for (guint i = 0; i < G_N_ELEMENTS (self->containers); i++)
        if (G_TYPE_CHECK_INSTANCE_TYPE (object, g_list_model_get_item_type (G_LIST_MODEL (self->containers[i]))))
          return self->containers[i];
      return NULL;
    }
  if (tandem_object_get_children (parent) != NULL &&
      G_TYPE_CHECK_INSTANCE_TYPE (object, TANDEM_OBJECT_GET_CLASS (parent)->child_type))
    return tandem_object_get_children (parent);
  return NULL;
}

static gboolean
check_new_object (TandemWorkspace *self,
                  TandemObject    *object,
                  GError         **error)
{
  TandemObjectClass *klass = TANDEM_OBJECT_GET_CLASS (object);
  TandemCollection *children = tandem_object_get_children (object);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const GValue *value = tandem_object_get_value (object, i);

      if (!tandem_field_check (&klass->fields[i], value, error) ||
          !check_reference (self, &klass->fields[i], value, error))
        {
          g_prefix_error (error, "New %s: ", klass->kind);
          return FALSE;
        }
    }

  for (guint i = 0; children != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (children)); i++)
    {
      g_autoptr(TandemObject) child = g_list_model_get_item (G_LIST_MODEL (children), i);

      if (!check_new_object (self, child, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * tandem_workspace_add:
 * @parent: (nullable): the owner for a child kind (a launch for a task), or
 *   %NULL for a top-level kind
 * @object: a new object, its fields set with tandem_object_set_detached()
 *
 * Adds @object (and any children it already has) as one undo step, giving it
 * an id and creation stamps.
 *
 * Returns: %FALSE, with @error set, when a required field is missing or a
 *   reference does not resolve.
 */
gboolean
tandem_workspace_add (TandemWorkspace *self,
                      gpointer         parent,
                      gpointer         object,
                      GError         **error)
{
  TandemCollection *collection;
  g_autofree char *now = NULL;
  const char *author;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (parent == NULL || in_workspace (self, parent), FALSE);
  g_return_val_if_fail (TANDEM_IS_OBJECT (object), FALSE);
  g_return_val_if_fail (tandem_object_get_parent (object) == NULL, FALSE);
  g_return_val_if_fail (!in_workspace (self, object), FALSE);

  collection = collection_for (self, parent, object);
  if (collection == NULL)
    {
      g_set_error (error, TANDEM_WORKSPACE_ERROR, TANDEM_WORKSPACE_ERROR_INVALID,
                   _("A %s cannot be added there"), tandem_object_get_kind (object));
      return FALSE;
    }
  if (!check_new_object (self, object, error))
    return FALSE;

  tandem_workspace_begin_group (self, NULL);
  now = tandem_timestamp_now ();
  author = author_id (self);
  stamp_new (object, now, author);
  insert_object (self, collection, object);
  tandem_workspace_end_group (self);
  return TRUE;
}

/**
 * tandem_workspace_create:
 * @type: a #TandemObject type
 * @parent: (nullable): as for tandem_workspace_add()
 * @first_field: the first field to set, then its value, more pairs, and %NULL
 *
 * Creates, sets up and adds an object in one undo step.  Missing required
 * fields and bad values are programming errors.
 *
 * Returns: (transfer none) (nullable): the new object, owned by the workspace.
 */
gpointer
tandem_workspace_create (TandemWorkspace *self,
                         GType            type,
                         gpointer         parent,
                         const char      *first_field,
                         ...)
{
  g_autoptr(TandemObject) object = NULL;
  g_autoptr(GArray) values = NULL;
  g_autoptr(GError) error = NULL;
  va_list args;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, TANDEM_TYPE_OBJECT), NULL);

  object = g_object_new (type, NULL);
  va_start (args, first_field);
  values = _tandem_object_collect_valist (object, first_field, args);
  va_end (args);
  if (values == NULL)
    return NULL;
  for (guint i = 0; i < values->len; i++)
    {
      TandemFieldValue *fv = &g_array_index (values, TandemFieldValue, i);

      _tandem_object_set_value (object, fv->field, &fv->value);
    }

  if (!tandem_workspace_add (self, parent, object, &error))
    {
      g_critical ("%s", error->message);
      return NULL;
    }
  return object;
}

static void
collect_objects (TandemCollection *collection,
                 GPtrArray        *out)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (collection)); i++)
    {
      g_autoptr(TandemObject) object = g_list_model_get_item (G_LIST_MODEL (collection), i);

      g_ptr_array_add (out, g_object_ref (object));
      if (tandem_object_get_children (object) != NULL)
        collect_objects (tandem_object_get_children (object), out);
    }
}

/* Every object of the workspace, parents before their children. */
GPtrArray *
_tandem_workspace_list_objects (TandemWorkspace *self)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (self->containers); i++)
    collect_objects (self->containers[i], out);
  return out;
}

static gboolean
is_within (TandemObject *object,
           TandemObject *ancestor)
{
  for (; object != NULL; object = tandem_object_get_parent (object))
    if (object == ancestor)
      return TRUE;
  return FALSE;
}

/**
 * tandem_workspace_remove:
 * @object: an object in the workspace
 *
 * Removes @object with its children as one undo step.  Optional references to
 * it elsewhere (a launch's linked cards, a highlight's card) are cleared in
 * the same step.
 *
 * Returns: %FALSE, with %TANDEM_WORKSPACE_ERROR_IN_USE, when something needs it
 *   (cards still in a column).
 */
gboolean
tandem_workspace_remove (TandemWorkspace *self,
                         gpointer         object,
                         GError         **error)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GHashTable) doomed = NULL;
  TandemObject *removed = object;
  TandemCollection *collection;
  Command *cmd;
  guint position;
  guint n_users = 0;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_OBJECT (object), FALSE);
  g_return_val_if_fail (in_workspace (self, object) && removed != TANDEM_OBJECT (self), FALSE);

  all = _tandem_workspace_list_objects (self);
  doomed = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < all->len; i++)
    if (is_within (g_ptr_array_index (all, i), removed))
      g_hash_table_add (doomed, (gpointer) tandem_object_get_id (g_ptr_array_index (all, i)));

  /* Required references make the removal impossible; find them first. */
  for (guint i = 0; i < all->len; i++)
    {
      TandemObject *other = g_ptr_array_index (all, i);
      TandemObjectClass *klass = TANDEM_OBJECT_GET_CLASS (other);

      if (is_within (other, removed))
        continue;
      for (guint f = 0; f < klass->n_fields; f++)
        {
          const char *ref;

          if (klass->fields[f].type != TANDEM_FIELD_REF || !klass->fields[f].required)
            continue;
          ref = g_value_get_string (tandem_object_get_value (other, f));
          if (ref != NULL && g_hash_table_contains (doomed, ref))
            n_users++;
        }
    }
  if (n_users > 0)
    {
      g_set_error (error, TANDEM_WORKSPACE_ERROR, TANDEM_WORKSPACE_ERROR_IN_USE,
                   g_dngettext (GETTEXT_PACKAGE, "%u object still needs this %s",
                                "%u objects still need this %s", n_users),
                   n_users, tandem_object_get_kind (removed));
      return FALSE;
    }

  tandem_workspace_begin_group (self, NULL);

  for (guint i = 0; i < all->len; i++)
    {
      TandemObject *other = g_ptr_array_index (all, i);
      TandemObjectClass *klass = TANDEM_OBJECT_GET_CLASS (other);

      if (is_within (other, removed))
        continue;
      for (guint f = 0; f < klass->n_fields; f++)
        {
          const GValue *value = tandem_object_get_value (other, f);

          if (klass->fields[f].type == TANDEM_FIELD_REF && g_value_get_string (value) != NULL &&
              g_hash_table_contains (doomed, g_value_get_string (value)))
            tandem_workspace_set (self, other, klass->fields[f].name, NULL, NULL);
          else if (klass->fields[f].type == TANDEM_FIELD_REF_LIST && g_value_get_boxed (value) != NULL)
            {
              const char * const *ids = g_value_get_boxed (value);
              g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
              g_auto(GStrv) list = NULL;
              gboolean changed = FALSE;

              for (guint k = 0; ids[k] != NULL; k++)
                {
                  if (g_hash_table_contains (doomed, ids[k]))
                    changed = TRUE;
                  else
                    g_strv_builder_add (kept, ids[k]);
                }
              list = g_strv_builder_end (kept);
              if (changed)
                tandem_workspace_set (self, other, klass->fields[f].name,
                                      list[0] != NULL ? list : NULL, NULL);
            }
        }
    }

  collection = collection_for (self, tandem_object_get_parent (removed), removed);
  if (!tandem_collection_find (collection, removed, &position))
    g_assert_not_reached ();
  cmd = command_new (COMMAND_REMOVE, removed);
  cmd->collection = g_object_ref (collection);
  cmd->position = position;
  record (self, cmd);

  tandem_workspace_end_group (self);
  return TRUE;
}

/**
 * tandem_workspace_begin_group:
 * @label: (nullable): what the group does, for the Undo menu item
 *
 * Starts a group: every change until the matching end_group() undoes and
 * redoes as one step.  Groups nest.
 */
void
tandem_workspace_begin_group (TandemWorkspace *self,
                              const char      *label)
{
  Command *group;

  g_return_if_fail (TANDEM_IS_WORKSPACE (self));

  group = command_new (COMMAND_GROUP, NULL);
  group->label = g_strdup (label);
  group->children = g_ptr_array_new_with_free_func (command_free);
  g_ptr_array_add (self->open_groups, group);
}

/**
 * tandem_workspace_begin_group_full:
 * @label: what the group does, for the Undo menu item
 * @coalesce_object: the object being typed into, such as an interview whose
 *   notes change together with its highlights
 * @flags: %TANDEM_EDIT_COALESCE for typing: the group joins the previous step
 *   if that was a group of the same label for the same object less than two
 *   seconds ago and this one only changes fields.  %TANDEM_EDIT_NONE starts a
 *   new step that later typing may join.
 *
 * As tandem_workspace_begin_group(), for typing that changes several fields.
 */
void
tandem_workspace_begin_group_full (TandemWorkspace *self,
                                   const char      *label,
                                   gpointer         coalesce_object,
                                   TandemEditFlags  flags)
{
  Command *group;

  g_return_if_fail (TANDEM_IS_WORKSPACE (self));
  g_return_if_fail (label != NULL);
  g_return_if_fail (TANDEM_IS_OBJECT (coalesce_object));

  tandem_workspace_begin_group (self, label);
  group = g_ptr_array_index (self->open_groups, self->open_groups->len - 1);
  group->object = g_object_ref (coalesce_object);
  group->coalesce_time = (flags & TANDEM_EDIT_COALESCE) ? -1 : 0;
}

/* The last change of @field of @object within @cmd, or NULL; FALSE when
 * @cmd holds more than field changes. */
static gboolean
find_set (Command       *cmd,
          TandemObject  *object,
          guint          field,
          Command      **found)
{
  if (cmd->kind == COMMAND_SET)
    {
      if (cmd->object == object && cmd->field == field)
        *found = cmd;
      return TRUE;
    }
  if (cmd->kind != COMMAND_GROUP)
    return FALSE;
  for (guint i = 0; i < cmd->children->len; i++)
    if (!find_set (g_ptr_array_index (cmd->children, i), object, field, found))
      return FALSE;
  return TRUE;
}

static void
merge_sets (Command *into,
            Command *cmd)
{
  Command *earlier = NULL;

  if (cmd->kind == COMMAND_GROUP)
    {
      for (guint i = 0; i < cmd->children->len; i++)
        merge_sets (into, g_ptr_array_index (cmd->children, i));
      return;
    }

  find_set (into, cmd->object, cmd->field, &earlier);
  if (earlier == NULL)
    {
      Command *copy = command_new (COMMAND_SET, cmd->object);

      copy->field = cmd->field;
      g_value_init (&copy->old_value, G_VALUE_TYPE (&cmd->old_value));
      g_value_copy (&cmd->old_value, &copy->old_value);
      copy->old_modified = g_strdup (cmd->old_modified);
      copy->old_modified_by = g_strdup (cmd->old_modified_by);
      earlier = copy;
      g_value_init (&earlier->new_value, G_VALUE_TYPE (&cmd->new_value));
      g_ptr_array_add (into->children, copy);
    }
  g_value_copy (&cmd->new_value, &earlier->new_value);
  _tandem_set_str (&earlier->new_modified, cmd->new_modified);
  _tandem_set_str (&earlier->new_modified_by, cmd->new_modified_by);
}

/* Folds a finished, already applied coalescing group into the last step. */
static gboolean
coalesce_group (TandemWorkspace *self,
                Command         *group)
{
  gint64 now = g_get_monotonic_time ();
  Command *last;
  Command *unused = NULL;

  if (group->coalesce_time != -1 || self->undo_stack->len == 0 || self->redo_stack->len > 0)
    return FALSE;
  last = g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1);
  if (last->kind != COMMAND_GROUP || last->object == NULL || last->object != group->object ||
      g_strcmp0 (last->label, group->label) != 0 || last->coalesce_time == 0 ||
      now - last->coalesce_time > COALESCE_USEC || last->serial == self->saved_serial ||
      !find_set (group, NULL, 0, &unused))
    return FALSE;

  merge_sets (last, group);
  last->coalesce_time = now;
  last->serial = ++self->next_serial;
  return TRUE;
}

void
tandem_workspace_end_group (TandemWorkspace *self)
{
  Command *group;

  g_return_if_fail (TANDEM_IS_WORKSPACE (self));
  g_return_if_fail (self->open_groups->len > 0);

  group = g_ptr_array_steal_index (self->open_groups, self->open_groups->len - 1);
  if (group->children->len == 0)
    {
      command_free (group);
      return;
    }

  if (group->object != NULL && self->open_groups->len == 0)
    {
      gboolean was_dirty = tandem_workspace_get_dirty (self);

      if (coalesce_group (self, group))
        {
          command_free (group);
          notify_history (self, TRUE, FALSE, was_dirty);
          return;
        }
      group->coalesce_time = g_get_monotonic_time ();
    }

  /* An unlabelled group of one is that one command.  Its commands are already
   * applied: record the group without applying it again. */
  if (group->children->len == 1 && group->label == NULL)
    {
      Command *only = g_ptr_array_steal_index (group->children, 0);

      command_free (group);
      group = only;
    }

  if (self->open_groups->len > 0)
    {
      Command *outer = g_ptr_array_index (self->open_groups, self->open_groups->len - 1);

      g_ptr_array_add (outer->children, group);
    }
  else
    {
      gboolean was_undo = tandem_workspace_get_can_undo (self);
      gboolean was_redo = tandem_workspace_get_can_redo (self);
      gboolean was_dirty = tandem_workspace_get_dirty (self);

      group->serial = ++self->next_serial;
      g_ptr_array_add (self->undo_stack, group);
      g_ptr_array_set_size (self->redo_stack, 0);
      notify_history (self, was_undo, was_redo, was_dirty);
    }
}

gboolean
tandem_workspace_get_can_undo (TandemWorkspace *self)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), FALSE);

  return self->undo_stack->len > 0;
}

gboolean
tandem_workspace_get_can_redo (TandemWorkspace *self)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), FALSE);

  return self->redo_stack->len > 0;
}

static const char *
stack_label (GPtrArray *stack)
{
  if (stack->len == 0)
    return NULL;
  return ((Command *) g_ptr_array_index (stack, stack->len - 1))->label;
}

/**
 * tandem_workspace_get_undo_label:
 *
 * Returns: (nullable): the label of the step Undo would revert.
 */
const char *
tandem_workspace_get_undo_label (TandemWorkspace *self)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), NULL);

  return stack_label (self->undo_stack);
}

/**
 * tandem_workspace_get_redo_label:
 *
 * Returns: (nullable): the label of the step Redo would apply again.
 */
const char *
tandem_workspace_get_redo_label (TandemWorkspace *self)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), NULL);

  return stack_label (self->redo_stack);
}

static gboolean
move_step (TandemWorkspace *self,
           GPtrArray       *from,
           GPtrArray       *to,
           gboolean         forward)
{
  gboolean was_undo = tandem_workspace_get_can_undo (self);
  gboolean was_redo = tandem_workspace_get_can_redo (self);
  gboolean was_dirty = tandem_workspace_get_dirty (self);
  Command *cmd;

  g_return_val_if_fail (self->open_groups->len == 0, FALSE);

  if (from->len == 0)
    return FALSE;
  cmd = g_ptr_array_steal_index (from, from->len - 1);
  command_apply (self, cmd, forward);
  g_ptr_array_add (to, cmd);
  notify_history (self, was_undo, was_redo, was_dirty);
  return TRUE;
}

gboolean
tandem_workspace_undo (TandemWorkspace *self)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), FALSE);

  return move_step (self, self->undo_stack, self->redo_stack, FALSE);
}

gboolean
tandem_workspace_redo (TandemWorkspace *self)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), FALSE);

  return move_step (self, self->redo_stack, self->undo_stack, TRUE);
}

/**
 * tandem_workspace_get_dirty:
 *
 * Returns: whether the workspace differs from what was last loaded or saved;
 *   undoing back to that point makes it clean again.
 */
gboolean
tandem_workspace_get_dirty (TandemWorkspace *self)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), FALSE);

  return current_serial (self) != self->saved_serial;
}

/**
 * tandem_workspace_get_revision:
 *
 * Returns: a token for the current state of the undo history, to hand to
 *   tandem_workspace_mark_saved() once what was serialised now is on disk.
 */
guint64
tandem_workspace_get_revision (TandemWorkspace *self)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (self), 0);

  return current_serial (self);
}

/**
 * tandem_workspace_mark_saved:
 * @revision: what tandem_workspace_get_revision() returned when the saved
 *   bytes were made (edits made while a save runs stay dirty)
 */
void
tandem_workspace_mark_saved (TandemWorkspace *self,
                             guint64          revision)
{
  gboolean was_dirty;

  g_return_if_fail (TANDEM_IS_WORKSPACE (self));

  was_dirty = tandem_workspace_get_dirty (self);
  self->saved_serial = revision;
  if (was_dirty != tandem_workspace_get_dirty (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DIRTY]);
}

/* For readers: adds one object (not its children) without recording anything. */
void
_tandem_workspace_load_append (TandemWorkspace *self,
                               TandemObject    *parent,
                               TandemObject    *object)
{
  TandemCollection *collection = collection_for (self, parent, object);

  g_assert (collection != NULL);
  _tandem_collection_insert (collection, g_list_model_get_n_items (G_LIST_MODEL (collection)), object);
  g_hash_table_insert (self->index, (gpointer) tandem_object_get_id (object), g_object_ref (object));
}

static TandemObject *
deep_copy (TandemObject *source)
{
  TandemObject *copy = _tandem_object_copy (source);
  GListModel *children = (GListModel *) tandem_object_get_children (source);

  for (guint i = 0; children != NULL && i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(TandemObject) child = g_list_model_get_item (children, i);
      g_autoptr(TandemObject) child_copy = deep_copy (child);
      TandemCollection *into = tandem_object_get_children (copy);

      _tandem_collection_insert (into, g_list_model_get_n_items (G_LIST_MODEL (into)), child_copy);
    }
  return copy;
}

static void
apply_fields (TandemWorkspace *self,
              TandemObject    *object,
              TandemObject    *target)
{
  TandemObjectClass *klass = TANDEM_OBJECT_GET_CLASS (object);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const GValue *want = tandem_object_get_value (target, i);
      Command *cmd;

      if (tandem_field_values_equal (&klass->fields[i], tandem_object_get_value (object, i), want))
        continue;

      /* The target's stamps: its author made this change, not ours. */
      cmd = command_new (COMMAND_SET, object);
      cmd->field = i;
      g_value_init (&cmd->old_value, G_VALUE_TYPE (want));
      g_value_copy (tandem_object_get_value (object, i), &cmd->old_value);
      g_value_init (&cmd->new_value, G_VALUE_TYPE (want));
      g_value_copy (want, &cmd->new_value);
      cmd->old_modified = g_strdup (tandem_object_get_modified (object));
      cmd->old_modified_by = g_strdup (tandem_object_get_modified_by (object));
      cmd->new_modified = g_strdup (tandem_object_get_modified (target));
      cmd->new_modified_by = g_strdup (tandem_object_get_modified_by (target));
      record (self, cmd);
    }
}

static void
remove_missing (TandemWorkspace  *self,
                TandemCollection *collection,
                TandemWorkspace  *target)
{
  GListModel *model = G_LIST_MODEL (collection);

  for (guint i = g_list_model_get_n_items (model); i > 0; i--)
    {
      g_autoptr(TandemObject) object = g_list_model_get_item (model, i - 1);
      Command *cmd;

      if (tandem_workspace_lookup (target, tandem_object_get_id (object)) != NULL)
        continue;
      cmd = command_new (COMMAND_REMOVE, object);
      cmd->collection = g_object_ref (collection);
      cmd->position = i - 1;
      record (self, cmd);
    }
}

static void
apply_collection (TandemWorkspace  *self,
                  TandemCollection *collection,
                  TandemCollection *target_collection,
                  TandemWorkspace  *target)
{
  GListModel *wanted = G_LIST_MODEL (target_collection);

  for (guint i = 0; i < g_list_model_get_n_items (wanted); i++)
    {
      g_autoptr(TandemObject) want = g_list_model_get_item (wanted, i);
      TandemObject *have = tandem_workspace_lookup (self, tandem_object_get_id (want));

      if (have == NULL)
        {
          g_autoptr(TandemObject) copy = deep_copy (want);

          insert_object (self, collection, copy);
          continue;
        }
      apply_fields (self, have, want);
      if (tandem_object_get_children (have) != NULL)
        {
          apply_collection (self, tandem_object_get_children (have),
                            tandem_object_get_children (want), target);
          remove_missing (self, tandem_object_get_children (have), target);
        }
    }
}

/**
 * tandem_workspace_apply:
 * @target: the workspace this one should become, such as a merge result or
 *   the file as someone else saved it
 * @label: (nullable): the label of the undo step
 *
 * Makes the workspace equal to @target in one undo step, changing only what
 * differs: objects that stay keep their identity, so views keep their
 * selection and scroll position.  Changes carry @target's authorship stamps.
 */
void
tandem_workspace_apply (TandemWorkspace *self,
                        TandemWorkspace *target,
                        const char      *label)
{
  g_return_if_fail (TANDEM_IS_WORKSPACE (self));
  g_return_if_fail (TANDEM_IS_WORKSPACE (target));

  tandem_workspace_begin_group (self, label);
  apply_fields (self, TANDEM_OBJECT (self), TANDEM_OBJECT (target));
  /* Containers in file order add what others refer to (people, columns)
   * before what refers to them; removals come last, in reverse, once nothing
   * refers to what goes. */
  for (guint i = 0; i < G_N_ELEMENTS (self->containers); i++)
    apply_collection (self, self->containers[i], target->containers[i], target);
  for (guint i = G_N_ELEMENTS (self->containers); i > 0; i--)
    remove_missing (self, self->containers[i - 1], target);
  tandem_workspace_end_group (self);
}
