/* tandem-snapshots.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-snapshots"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "tandem-card.h"
#include "tandem-collection-private.h"
#include "tandem-column.h"
#include "tandem-core-enums.h"
#include "tandem-lane.h"
#include "tandem-object-private.h"
#include "tandem-rank.h"
#include "tandem-snapshot-entry.h"
#include "tandem-snapshots.h"
#include "tandem-workspace-private.h"

/* Taking snapshots of the roadmap, and reading roadmaps — today's board or a
 * snapshot — into a plain copy that the renderer draws and that two of can be
 * compared. */

G_DEFINE_BOXED_TYPE (TandemRoadmap, tandem_roadmap, tandem_roadmap_ref, tandem_roadmap_unref)

typedef struct
{
  TandemRoadmap roadmap;
  gatomicrefcount ref_count;
} RoadmapReal;

static void
axis_free (gpointer data)
{
  TandemRoadmapAxis *axis = data;

  g_free (axis->id);
  g_free (axis->title);
  g_free (axis);
}

static TandemRoadmapAxis *
axis_new (const char *id,
          const char *title)
{
  TandemRoadmapAxis *axis = g_new0 (TandemRoadmapAxis, 1);

  axis->id = g_strdup (id);
  axis->title = g_strdup (title);
  return axis;
}

static void
card_free (gpointer data)
{
  TandemRoadmapCard *card = data;

  g_free (card->card);
  g_free (card->title);
  g_free (card->column);
  g_free (card->lane);
  g_free (card->rank);
  g_free (card->target);
  g_free (card->owners);
  g_free (card);
}

static TandemRoadmapCard *
card_copy (const TandemRoadmapCard *source)
{
  TandemRoadmapCard *card = g_memdup2 (source, sizeof *source);

  card->card = g_strdup (source->card);
  card->title = g_strdup (source->title);
  card->column = g_strdup (source->column);
  card->lane = g_strdup (source->lane);
  card->rank = g_strdup (source->rank);
  card->target = g_strdup (source->target);
  card->owners = g_strdup (source->owners);
  return card;
}

static TandemRoadmap *
roadmap_new (void)
{
  RoadmapReal *real = g_new0 (RoadmapReal, 1);

  g_atomic_ref_count_init (&real->ref_count);
  real->roadmap.columns = g_ptr_array_new_with_free_func (axis_free);
  real->roadmap.lanes = g_ptr_array_new_with_free_func (axis_free);
  real->roadmap.cards = g_ptr_array_new_with_free_func (card_free);
  return &real->roadmap;
}

TandemRoadmap *
tandem_roadmap_ref (TandemRoadmap *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&((RoadmapReal *) self)->ref_count);
  return self;
}

void
tandem_roadmap_unref (TandemRoadmap *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&((RoadmapReal *) self)->ref_count))
    return;
  g_free (self->workspace_title);
  g_free (self->name);
  g_free (self->date);
  g_free (self->author);
  g_ptr_array_unref (self->columns);
  g_ptr_array_unref (self->lanes);
  g_ptr_array_unref (self->cards);
  g_free (self);
}

static int
axis_index (GPtrArray  *axes,
            const char *id)
{
  for (guint i = 0; i < axes->len; i++)
    if (g_strcmp0 (((TandemRoadmapAxis *) g_ptr_array_index (axes, i))->id, id) == 0)
      return i;
  return -1;
}

/**
 * tandem_roadmap_axis_title:
 * @axes: a roadmap's columns or lanes
 *
 * Returns: (nullable): the title of the column or lane @id.
 */
const char *
tandem_roadmap_axis_title (GPtrArray  *axes,
                           const char *id)
{
  int i;

  g_return_val_if_fail (axes != NULL, NULL);

  i = axis_index (axes, id);
  return i < 0 ? NULL : ((TandemRoadmapAxis *) g_ptr_array_index (axes, i))->title;
}

static int
compare_cards (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const TandemRoadmapCard *x = *(TandemRoadmapCard * const *) a;
  const TandemRoadmapCard *y = *(TandemRoadmapCard * const *) b;
  TandemRoadmap *roadmap = user_data;
  int d;

  if ((d = axis_index (roadmap->columns, x->column) - axis_index (roadmap->columns, y->column)) != 0)
    return d;
  if ((d = axis_index (roadmap->lanes, x->lane) - axis_index (roadmap->lanes, y->lane)) != 0)
    return d;
  if ((d = g_strcmp0 (x->rank, y->rank)) != 0)
    return d;
  return g_strcmp0 (x->card, y->card);
}

/* Sorts the cards into reading order and makes sure every card has its lane:
 * a board without lanes gets one untitled lane. */
static void
roadmap_finish (TandemRoadmap *self)
{
  gboolean laneless = FALSE;

  for (guint i = 0; i < self->cards->len; i++)
    {
      TandemRoadmapCard *card = g_ptr_array_index (self->cards, i);

      if (card->lane == NULL)
        laneless = TRUE;
    }
  if (laneless && axis_index (self->lanes, NULL) < 0)
    g_ptr_array_add (self->lanes, axis_new (NULL, self->lanes->len > 0 ? _("No lane") : NULL));
  if (self->lanes->len == 0)
    g_ptr_array_add (self->lanes, axis_new (NULL, NULL));

  g_ptr_array_sort_with_data (self->cards, compare_cards, self);
}

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  TandemObject *x = *(TandemObject * const *) a;
  TandemObject *y = *(TandemObject * const *) b;
  int d = g_strcmp0 (tandem_object_get_string (x, "rank"), tandem_object_get_string (y, "rank"));

  return d != 0 ? d : g_strcmp0 (tandem_object_get_id (x), tandem_object_get_id (y));
}

/* A collection's objects in rank order. */
static GPtrArray *
ranked (TandemCollection *collection)
{
  GListModel *model = G_LIST_MODEL (collection);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (out, g_list_model_get_item (model, i));
  g_ptr_array_sort (out, compare_ranked);
  return out;
}

static void
add_axes (GPtrArray        *axes,
          TandemCollection *collection)
{
  g_autoptr(GPtrArray) objects = ranked (collection);

  for (guint i = 0; i < objects->len; i++)
    {
      TandemObject *object = g_ptr_array_index (objects, i);

      g_ptr_array_add (axes, axis_new (tandem_object_get_id (object),
                                       tandem_object_get_string (object, "title")));
    }
}

static const char *
person_name (TandemWorkspace *workspace,
             const char      *id,
             TandemTeam      *team)
{
  TandemObject *person = id != NULL ? tandem_workspace_lookup (workspace, id) : NULL;

  if (person == NULL || g_strcmp0 (tandem_object_get_kind (person), "person") != 0)
    return NULL;
  if (team != NULL)
    *team = tandem_object_get_int (person, "team");
  return tandem_object_get_string (person, "name");
}

/* The owners of a live card, if it still exists. */
static void
set_owners (TandemWorkspace   *workspace,
            TandemRoadmapCard *card)
{
  TandemObject *live = tandem_workspace_lookup (workspace, card->card);
  g_autoptr(GString) owners = g_string_new (NULL);
  const char *fields[] = { "pm", "pmm" };

  card->owner_teams[0] = card->owner_teams[1] = -1;
  if (live == NULL || !TANDEM_IS_CARD (live))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *name = person_name (workspace, tandem_object_get_string (live, fields[i]),
                                      &card->owner_teams[i]);

      if (name == NULL)
        continue;
      if (owners->len > 0)
        g_string_append (owners, " · ");
      g_string_append (owners, name);
    }
  if (owners->len > 0)
    card->owners = g_string_free (g_steal_pointer (&owners), FALSE);
}

/**
 * tandem_roadmap_new_current:
 *
 * Returns: (transfer full): today's board of @workspace.
 */
TandemRoadmap *
tandem_roadmap_new_current (TandemWorkspace *workspace)
{
  TandemRoadmap *self;
  GListModel *cards;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), NULL);

  self = roadmap_new ();
  self->workspace_title = g_strdup (tandem_object_get_string (TANDEM_OBJECT (workspace), "title"));
  self->date = tandem_timestamp_now ();
  add_axes (self->columns, tandem_workspace_get_columns (workspace));
  add_axes (self->lanes, tandem_workspace_get_lanes (workspace));

  cards = G_LIST_MODEL (tandem_workspace_get_cards (workspace));
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(TandemObject) object = g_list_model_get_item (cards, i);
      TandemRoadmapCard *card = g_new0 (TandemRoadmapCard, 1);

      card->card = g_strdup (tandem_object_get_id (object));
      card->title = g_strdup (tandem_object_get_string (object, "title"));
      card->status = tandem_object_get_int (object, "status");
      card->column = g_strdup (tandem_object_get_string (object, "column"));
      card->lane = g_strdup (tandem_object_get_string (object, "lane"));
      card->rank = g_strdup (tandem_object_get_string (object, "rank"));
      card->target = g_strdup (tandem_object_get_string (object, "target"));
      card->score = tandem_card_get_score (TANDEM_CARD (object));
      set_owners (workspace, card);
      g_ptr_array_add (self->cards, card);
    }

  roadmap_finish (self);
  return self;
}

/* Columns and lanes of a snapshot: those that still exist in today's order,
 * then those gone since, in the order the snapshot first names them; each
 * under its title at the time. */
static void
add_snapshot_axes (GPtrArray        *axes,
                   TandemCollection *live,
                   GPtrArray        *entries,
                   const char       *id_field,
                   const char       *title_field)
{
  g_autoptr(GPtrArray) objects = ranked (live);
  g_autoptr(GHashTable) titles = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < entries->len; i++)
    {
      TandemObject *entry = g_ptr_array_index (entries, i);
      const char *id = tandem_object_get_string (entry, id_field);

      if (id != NULL && !g_hash_table_contains (titles, id))
        g_hash_table_insert (titles, (gpointer) id,
                             (gpointer) tandem_object_get_string (entry, title_field));
    }

  for (guint i = 0; i < objects->len; i++)
    {
      TandemObject *object = g_ptr_array_index (objects, i);
      const char *id = tandem_object_get_id (object);

      if (g_hash_table_contains (titles, id))
        g_ptr_array_add (axes, axis_new (id, g_hash_table_lookup (titles, id)));
    }
  for (guint i = 0; i < entries->len; i++)
    {
      TandemObject *entry = g_ptr_array_index (entries, i);
      const char *id = tandem_object_get_string (entry, id_field);

      if (id != NULL && axis_index (axes, id) < 0)
        g_ptr_array_add (axes, axis_new (id, tandem_object_get_string (entry, title_field)));
    }
}

/**
 * tandem_roadmap_new_from_snapshot:
 *
 * The owners shown are those of the cards today, if they still exist: a
 * snapshot does not record them.
 *
 * Returns: (transfer full): the board as @snapshot froze it.
 */
TandemRoadmap *
tandem_roadmap_new_from_snapshot (TandemWorkspace *workspace,
                                  TandemSnapshot  *snapshot)
{
  TandemObject *object = TANDEM_OBJECT (snapshot);
  g_autoptr(GPtrArray) entries = NULL;
  TandemRoadmap *self;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (TANDEM_IS_SNAPSHOT (snapshot), NULL);

  self = roadmap_new ();
  self->workspace_title = g_strdup (tandem_object_get_string (TANDEM_OBJECT (workspace), "title"));
  self->name = g_strdup (tandem_object_get_string (object, "name"));
  self->date = g_strdup (tandem_object_get_created (object));
  self->author = g_strdup (person_name (workspace, tandem_object_get_created_by (object), NULL));

  entries = ranked (tandem_object_get_children (object));
  add_snapshot_axes (self->columns, tandem_workspace_get_columns (workspace), entries,
                     "column", "column-title");
  add_snapshot_axes (self->lanes, tandem_workspace_get_lanes (workspace), entries,
                     "lane", "lane-title");

  for (guint i = 0; i < entries->len; i++)
    {
      TandemObject *entry = g_ptr_array_index (entries, i);
      TandemRoadmapCard *card = g_new0 (TandemRoadmapCard, 1);

      card->card = g_strdup (tandem_object_get_string (entry, "card"));
      card->title = g_strdup (tandem_object_get_string (entry, "title"));
      card->status = tandem_object_get_int (entry, "status");
      card->column = g_strdup (tandem_object_get_string (entry, "column"));
      card->lane = g_strdup (tandem_object_get_string (entry, "lane"));
      card->rank = g_strdup (tandem_object_get_string (entry, "rank"));
      card->target = g_strdup (tandem_object_get_string (entry, "target"));
      card->score = tandem_object_get_double (entry, "score");
      set_owners (workspace, card);
      /* An entry without a column (a hand-written file) still shows. */
      if (card->column == NULL)
        {
          if (axis_index (self->columns, NULL) < 0)
            g_ptr_array_add (self->columns, axis_new (NULL, _("No column")));
        }
      g_ptr_array_add (self->cards, card);
    }

  roadmap_finish (self);
  return self;
}

/**
 * tandem_roadmap_find_card:
 *
 * Returns: (nullable): the card of id @card in @self.
 */
const TandemRoadmapCard *
tandem_roadmap_find_card (TandemRoadmap *self,
                          const char    *card)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->cards->len; i++)
    {
      TandemRoadmapCard *candidate = g_ptr_array_index (self->cards, i);

      if (g_strcmp0 (candidate->card, card) == 0)
        return candidate;
    }
  return NULL;
}

/**
 * tandem_snapshots_take:
 * @name: what to call the snapshot, e.g. "Q4 planning baseline"
 * @description: (nullable): why it was taken
 *
 * Freezes today's board as a new snapshot: one entry per card with its
 * column, lane, rank, title, status, target and score, and the titles of its
 * column and lane at the time.  One undo step; the snapshot's creation stamp
 * is its date and author.
 *
 * Returns: (transfer none) (nullable): the snapshot, owned by @workspace.
 */
TandemSnapshot *
tandem_snapshots_take (TandemWorkspace  *workspace,
                       const char       *name,
                       const char       *description,
                       GError          **error)
{
  g_autoptr(TandemSnapshot) snapshot = NULL;
  g_autoptr(TandemRoadmap) board = NULL;
  TandemCollection *entries;
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stripped = g_strstrip (g_strdup (name));
  if (stripped[0] == '\0')
    {
      g_set_error (error, TANDEM_WORKSPACE_ERROR, TANDEM_WORKSPACE_ERROR_INVALID,
                   _("A snapshot needs a name"));
      return NULL;
    }

  snapshot = tandem_snapshot_new ();
  tandem_object_set_detached (snapshot, "name", stripped, NULL);
  if (description != NULL && description[0] != '\0')
    tandem_object_set_detached (snapshot, "description", description, NULL);

  board = tandem_roadmap_new_current (workspace);
  entries = tandem_object_get_children (TANDEM_OBJECT (snapshot));
  for (guint i = 0; i < board->cards->len; i++)
    {
      TandemRoadmapCard *card = g_ptr_array_index (board->cards, i);
      g_autoptr(TandemSnapshotEntry) entry = tandem_snapshot_entry_new ();

      tandem_object_set_detached (entry,
                                  "card", card->card,
                                  "title", card->title,
                                  "status", card->status,
                                  "column", card->column,
                                  "column-title", tandem_roadmap_axis_title (board->columns, card->column),
                                  "lane", card->lane,
                                  "lane-title", card->lane != NULL ? tandem_roadmap_axis_title (board->lanes, card->lane) : NULL,
                                  "rank", card->rank,
                                  "target", card->target,
                                  "score", card->score,
                                  NULL);
      _tandem_collection_insert (entries, i, TANDEM_OBJECT (entry));
    }

  /* tandem_workspace_add() adds the snapshot with its entries as one step;
   * the group gives that step its name in the Undo menu. */
  tandem_workspace_begin_group (workspace, _("Take Snapshot"));
  if (!tandem_workspace_add (workspace, NULL, snapshot, error))
    {
      tandem_workspace_end_group (workspace);
      return NULL;
    }
  tandem_workspace_end_group (workspace);
  return snapshot;
}

/**
 * tandem_snapshots_find:
 * @name_or_id: a snapshot's id, or its name
 *
 * Returns: (transfer none) (nullable): that snapshot; of several of the same
 *   name, the newest.
 */
TandemSnapshot *
tandem_snapshots_find (TandemWorkspace *workspace,
                       const char      *name_or_id)
{
  GListModel *snapshots;
  TandemSnapshot *found = NULL;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (name_or_id != NULL, NULL);

  snapshots = G_LIST_MODEL (tandem_workspace_get_snapshots (workspace));
  for (guint i = 0; i < g_list_model_get_n_items (snapshots); i++)
    {
      g_autoptr(TandemObject) snapshot = g_list_model_get_item (snapshots, i);

      if (g_strcmp0 (tandem_object_get_id (snapshot), name_or_id) == 0)
        return TANDEM_SNAPSHOT (snapshot);
      if (g_strcmp0 (tandem_object_get_string (snapshot, "name"), name_or_id) == 0 &&
          (found == NULL || g_strcmp0 (tandem_object_get_created (snapshot),
                                       tandem_object_get_created (TANDEM_OBJECT (found))) > 0))
        found = TANDEM_SNAPSHOT (snapshot);
    }
  return found;
}

guint
tandem_snapshots_count_entries (TandemSnapshot *snapshot)
{
  g_return_val_if_fail (TANDEM_IS_SNAPSHOT (snapshot), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (tandem_object_get_children (TANDEM_OBJECT (snapshot))));
}

void
tandem_change_free (TandemChange *change)
{
  if (change == NULL)
    return;
  g_free (change->card);
  g_free (change->title);
  g_free (change->old_title);
  g_free (change->old_where);
  g_free (change->new_where);
  g_free (change->old_target);
  g_free (change->new_target);
  g_free (change);
}

static char *
where (TandemRoadmap           *roadmap,
       const TandemRoadmapCard *card)
{
  const char *column = tandem_roadmap_axis_title (roadmap->columns, card->column);
  const char *lane = tandem_roadmap_axis_title (roadmap->lanes, card->lane);

  if (lane == NULL)
    return g_strdup (column != NULL ? column : "");
  return g_strdup_printf ("%s / %s", column != NULL ? column : "", lane);
}

static guint
kind_order (TandemChangeFlags flags)
{
  if (flags & TANDEM_CHANGE_ADDED)
    return 0;
  if (flags & TANDEM_CHANGE_REMOVED)
    return 1;
  if (flags & TANDEM_CHANGE_MOVED)
    return 2;
  if (flags & TANDEM_CHANGE_CHANGED)
    return 3;
  return 4;
}

static int
compare_changes (gconstpointer a,
                 gconstpointer b)
{
  const TandemChange *x = *(TandemChange * const *) a;
  const TandemChange *y = *(TandemChange * const *) b;
  int d = (int) kind_order (x->flags) - (int) kind_order (y->flags);

  if (d != 0)
    return d;
  if ((d = g_utf8_collate (x->title, y->title)) != 0)
    return d;
  return g_strcmp0 (x->card, y->card);
}

/* The cards of @after that changed places within their cell: of the cards
 * in the same cell before and after, those outside a longest run that kept
 * its order.  Moving one card up is then one reordered card, not every card
 * it passed. */
static GHashTable *
find_reordered (TandemRoadmap *before,
                TandemRoadmap *after)
{
  g_autoptr(GHashTable) old_index = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTable *reordered = g_hash_table_new (g_str_hash, g_str_equal);
  guint start = 0;

  for (guint i = 0; i < before->cards->len; i++)
    g_hash_table_insert (old_index, ((TandemRoadmapCard *) g_ptr_array_index (before->cards, i))->card,
                         GUINT_TO_POINTER (i + 1));

  while (start < after->cards->len)
    {
      TandemRoadmapCard *first = g_ptr_array_index (after->cards, start);
      g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(GPtrArray) ids = g_ptr_array_new ();
      g_autofree guint *length = NULL;
      g_autofree int *previous = NULL;
      guint end = start, best = 0;

      /* One cell: the cards are sorted by column, then lane. */
      while (end < after->cards->len)
        {
          TandemRoadmapCard *card = g_ptr_array_index (after->cards, end);
          guint index;

          if (g_strcmp0 (card->column, first->column) != 0 || g_strcmp0 (card->lane, first->lane) != 0)
            break;
          index = GPOINTER_TO_UINT (g_hash_table_lookup (old_index, card->card));
          if (index > 0)
            {
              TandemRoadmapCard *old = g_ptr_array_index (before->cards, index - 1);

              if (g_strcmp0 (old->column, card->column) == 0 && g_strcmp0 (old->lane, card->lane) == 0)
                {
                  g_array_append_val (keys, index);
                  g_ptr_array_add (ids, card->card);
                }
            }
          end++;
        }
      start = end;
      if (keys->len < 2)
        continue;

      /* The longest increasing run of old positions, quadratic: cells are short. */
      length = g_new0 (guint, keys->len);
      previous = g_new0 (int, keys->len);
      for (guint i = 0; i < keys->len; i++)
        {
          length[i] = 1;
          previous[i] = -1;
          for (guint j = 0; j < i; j++)
            if (g_array_index (keys, guint, j) < g_array_index (keys, guint, i) && length[j] + 1 > length[i])
              {
                length[i] = length[j] + 1;
                previous[i] = j;
              }
          if (length[i] > length[best])
            best = i;
        }
      {
        g_autofree gboolean *kept = g_new0 (gboolean, keys->len);

        for (int i = best; i >= 0; i = previous[i])
          kept[i] = TRUE;
        for (guint i = 0; i < keys->len; i++)
          if (!kept[i])
            g_hash_table_add (reordered, g_ptr_array_index (ids, i));
      }
    }
  return reordered;
}

/**
 * tandem_roadmap_compare:
 * @before: the older roadmap, usually a snapshot
 * @after: the newer one, a snapshot or today's board
 *
 * Cards are matched by id.  A card is moved when its column or lane differs,
 * reordered when it changed places with others in the same column and lane,
 * and changed when its title, status or target differs.
 *
 * Returns: (transfer container) (element-type TandemChange): the changes,
 *   added first, then removed, moved, changed and reordered, each by title.
 */
GPtrArray *
tandem_roadmap_compare (TandemRoadmap *before,
                        TandemRoadmap *after)
{
  g_autoptr(GHashTable) old_cards = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) tandem_change_free);
  g_autoptr(GHashTable) reordered = NULL;

  g_return_val_if_fail (before != NULL, changes);
  g_return_val_if_fail (after != NULL, changes);

  reordered = find_reordered (before, after);

  for (guint i = 0; i < before->cards->len; i++)
    {
      TandemRoadmapCard *card = g_ptr_array_index (before->cards, i);

      g_hash_table_insert (old_cards, card->card, card);
    }

  for (guint i = 0; i < after->cards->len; i++)
    {
      TandemRoadmapCard *card = g_ptr_array_index (after->cards, i);
      TandemRoadmapCard *old = g_hash_table_lookup (old_cards, card->card);
      TandemChange change = { 0, };

      g_hash_table_add (seen, card->card);
      if (old == NULL)
        change.flags = TANDEM_CHANGE_ADDED;
      else
        {
          if (g_strcmp0 (old->column, card->column) != 0 || g_strcmp0 (old->lane, card->lane) != 0)
            change.flags |= TANDEM_CHANGE_MOVED;
          if (g_strcmp0 (old->title, card->title) != 0)
            change.fields |= TANDEM_CHANGED_TITLE;
          if (old->status != card->status)
            change.fields |= TANDEM_CHANGED_STATUS;
          if (g_strcmp0 (old->target, card->target) != 0)
            change.fields |= TANDEM_CHANGED_TARGET;
          if (change.fields != 0)
            change.flags |= TANDEM_CHANGE_CHANGED;
          if (g_hash_table_contains (reordered, card->card))
            change.flags |= TANDEM_CHANGE_REORDERED;
        }
      if (change.flags == TANDEM_CHANGE_NONE)
        continue;

      change.card = g_strdup (card->card);
      change.title = g_strdup (card->title);
      change.new_where = where (after, card);
      change.new_status = card->status;
      change.new_target = g_strdup (card->target);
      if (old != NULL)
        {
          change.old_title = g_strdup (old->title);
          change.old_where = where (before, old);
          change.old_status = old->status;
          change.old_target = g_strdup (old->target);
        }
      g_ptr_array_add (changes, g_memdup2 (&change, sizeof change));
    }

  for (guint i = 0; i < before->cards->len; i++)
    {
      TandemRoadmapCard *old = g_ptr_array_index (before->cards, i);
      TandemChange change = { 0, };

      if (g_hash_table_contains (seen, old->card))
        continue;
      change.flags = TANDEM_CHANGE_REMOVED;
      change.card = g_strdup (old->card);
      change.title = g_strdup (old->title);
      change.old_title = g_strdup (old->title);
      change.old_where = where (before, old);
      change.old_status = old->status;
      change.old_target = g_strdup (old->target);
      g_ptr_array_add (changes, g_memdup2 (&change, sizeof change));
    }

  g_ptr_array_sort (changes, compare_changes);
  return changes;
}

/**
 * tandem_roadmap_new_marked:
 * @changes: tandem_roadmap_compare() of @before and @after
 *
 * Returns: (transfer full): @after with each card's change set, and the
 *   removed cards back in their old column and lane, marked removed — the
 *   roadmap a comparison draws.
 */
TandemRoadmap *
tandem_roadmap_new_marked (TandemRoadmap *before,
                           TandemRoadmap *after,
                           GPtrArray     *changes)
{
  g_autoptr(GHashTable) flags = g_hash_table_new (g_str_hash, g_str_equal);
  TandemRoadmap *self;

  g_return_val_if_fail (before != NULL && after != NULL && changes != NULL, NULL);

  for (guint i = 0; i < changes->len; i++)
    {
      TandemChange *change = g_ptr_array_index (changes, i);

      g_hash_table_insert (flags, change->card, GUINT_TO_POINTER (change->flags));
    }

  self = roadmap_new ();
  self->workspace_title = g_strdup (after->workspace_title);
  self->name = g_strdup (after->name);
  self->date = g_strdup (after->date);
  self->author = g_strdup (after->author);
  for (guint i = 0; i < after->columns->len; i++)
    {
      TandemRoadmapAxis *axis = g_ptr_array_index (after->columns, i);

      g_ptr_array_add (self->columns, axis_new (axis->id, axis->title));
    }
  for (guint i = 0; i < after->lanes->len; i++)
    {
      TandemRoadmapAxis *axis = g_ptr_array_index (after->lanes, i);

      g_ptr_array_add (self->lanes, axis_new (axis->id, axis->title));
    }
  for (guint i = 0; i < after->cards->len; i++)
    {
      TandemRoadmapCard *card = card_copy (g_ptr_array_index (after->cards, i));

      card->change = GPOINTER_TO_UINT (g_hash_table_lookup (flags, card->card));
      g_ptr_array_add (self->cards, card);
    }

  for (guint i = 0; i < before->cards->len; i++)
    {
      TandemRoadmapCard *old = g_ptr_array_index (before->cards, i);
      TandemRoadmapCard *card;

      if (GPOINTER_TO_UINT (g_hash_table_lookup (flags, old->card)) != TANDEM_CHANGE_REMOVED)
        continue;
      card = card_copy (old);
      card->change = TANDEM_CHANGE_REMOVED;
      if (axis_index (self->columns, card->column) < 0)
        g_ptr_array_add (self->columns,
                         axis_new (card->column, tandem_roadmap_axis_title (before->columns, card->column)));
      if (axis_index (self->lanes, card->lane) < 0)
        {
          const char *title = tandem_roadmap_axis_title (before->lanes, card->lane);

          g_ptr_array_add (self->lanes, axis_new (card->lane, title != NULL ? title : _("No lane")));
        }
      g_ptr_array_add (self->cards, card);
    }

  roadmap_finish (self);
  return self;
}

/**
 * tandem_change_get_label:
 *
 * Returns: (nullable): the kind of change as people read it: "Added",
 *   "Moved, changed"…, or %NULL for none.
 */
const char *
tandem_change_get_label (TandemChangeFlags flags)
{
  if (flags & TANDEM_CHANGE_ADDED)
    return _("Added");
  if (flags & TANDEM_CHANGE_REMOVED)
    return _("Removed");
  if ((flags & TANDEM_CHANGE_MOVED) && (flags & TANDEM_CHANGE_CHANGED))
    return _("Moved, changed");
  if (flags & TANDEM_CHANGE_MOVED)
    return _("Moved");
  if (flags & TANDEM_CHANGE_CHANGED)
    return _("Changed");
  if (flags & TANDEM_CHANGE_REORDERED)
    return _("Reordered");
  return NULL;
}

/**
 * tandem_change_get_kind:
 *
 * Returns: (nullable): the main kind of change, as a name for styles and
 *   tests: "added", "removed", "moved", "changed" or "reordered".
 */
const char *
tandem_change_get_kind (TandemChangeFlags flags)
{
  if (flags & TANDEM_CHANGE_ADDED)
    return "added";
  if (flags & TANDEM_CHANGE_REMOVED)
    return "removed";
  if (flags & TANDEM_CHANGE_MOVED)
    return "moved";
  if (flags & TANDEM_CHANGE_CHANGED)
    return "changed";
  if (flags & TANDEM_CHANGE_REORDERED)
    return "reordered";
  return NULL;
}

/**
 * tandem_change_dup_details:
 *
 * Returns: (transfer full): what changed about the card's title, status and
 *   target, "Planned → Shipped; target 2027-Q1 → 2027-Q2", or "".
 */
char *
tandem_change_dup_details (const TandemChange *change)
{
  GString *out;

  g_return_val_if_fail (change != NULL, NULL);

  out = g_string_new (NULL);
  if (change->fields & TANDEM_CHANGED_TITLE)
    /* TRANSLATORS: a card's title before and after */
    g_string_append_printf (out, _("title was “%s”"), change->old_title);
  if (change->fields & TANDEM_CHANGED_STATUS)
    g_string_append_printf (out, "%s%s → %s", out->len > 0 ? "; " : "",
                            tandem_card_status_to_label (change->old_status),
                            tandem_card_status_to_label (change->new_status));
  if (change->fields & TANDEM_CHANGED_TARGET)
    g_string_append_printf (out, "%s%s %s → %s", out->len > 0 ? "; " : "", _("target"),
                            change->old_target != NULL ? change->old_target : "—",
                            change->new_target != NULL ? change->new_target : "—");
  return g_string_free (out, FALSE);
}

/**
 * tandem_change_dup_description:
 *
 * Returns: (transfer full): the change in a few words, as a marked card
 *   shows it: "Added", "Removed", "Moved from Next / Mobile", "Changed:
 *   Planned → Shipped", "Reordered".
 */
char *
tandem_change_dup_description (const TandemChange *change)
{
  g_autofree char *details = NULL;

  g_return_val_if_fail (change != NULL, NULL);

  details = tandem_change_dup_details (change);
  if (change->flags & (TANDEM_CHANGE_ADDED | TANDEM_CHANGE_REMOVED))
    return g_strdup (tandem_change_get_label (change->flags));
  if ((change->flags & TANDEM_CHANGE_MOVED) && details[0] != '\0')
    /* TRANSLATORS: a card moved from a column (and lane), then what else changed */
    return g_strdup_printf (_("Moved from %s; %s"), change->old_where, details);
  if (change->flags & TANDEM_CHANGE_MOVED)
    /* TRANSLATORS: a card moved from a column, or "column / lane" */
    return g_strdup_printf (_("Moved from %s"), change->old_where);
  if (details[0] != '\0')
    /* TRANSLATORS: what changed about a card: its title, status or target */
    return g_strdup_printf (_("Changed: %s"), details);
  return g_strdup (tandem_change_get_label (change->flags));
}

/* Adds a copy of @source and of what is below it to @workspace. */
static void
append_copy (TandemWorkspace *workspace,
             TandemObject    *parent,
             TandemObject    *source)
{
  g_autoptr(TandemObject) copy = _tandem_object_copy (source);
  GListModel *children = (GListModel *) tandem_object_get_children (source);

  _tandem_workspace_load_append (workspace, parent, copy);
  for (guint i = 0; children != NULL && i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(TandemObject) child = g_list_model_get_item (children, i);

      append_copy (workspace, copy, child);
    }
}

static TandemObject *
ranked_axis_new (GType       type,
                 const char *id,
                 const char *title,
                 const char *rank)
{
  TandemObject *object = g_object_new (type, NULL);

  _tandem_object_set_id (object, id);
  tandem_object_set_detached (object, "title", title != NULL ? title : "", "rank", rank, NULL);
  return object;
}

/**
 * tandem_roadmap_to_workspace:
 * @live: the workspace @self was read from; its people, its interviews and
 *   the cards that still exist lend their owners, evidence, tags and texts
 *
 * Builds a new workspace that holds @self as a board: its columns and lanes
 * (those deleted since under their old titles), and one card per card of
 * @self with its title, status, target, column, lane and rank.  A board can
 * show it read-only; nothing done to it reaches @live.
 *
 * Returns: (transfer full): the workspace, not dirty and without undo history.
 */
TandemWorkspace *
tandem_roadmap_to_workspace (TandemRoadmap   *self,
                             TandemWorkspace *live)
{
  TandemCollection *lent[2];
  TandemWorkspace *workspace;
  g_auto(GStrv) column_ranks = NULL;
  g_auto(GStrv) lane_ranks = NULL;
  g_autofree char *no_column = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (live), NULL);

  workspace = tandem_workspace_new ();
  tandem_object_set_detached (workspace, "title", self->workspace_title, NULL);

  /* Today's people and interviews: the owners and the evidence of the
   * cards that still exist. */
  lent[0] = tandem_workspace_get_people (live);
  lent[1] = tandem_workspace_get_interviews (live);
  for (guint c = 0; c < G_N_ELEMENTS (lent); c++)
    {
      GListModel *objects = G_LIST_MODEL (lent[c]);

      for (guint i = 0; i < g_list_model_get_n_items (objects); i++)
        {
          g_autoptr(TandemObject) object = g_list_model_get_item (objects, i);

          append_copy (workspace, NULL, object);
        }
    }

  column_ranks = tandem_rank_sequence (NULL, NULL, self->columns->len);
  for (guint i = 0; i < self->columns->len; i++)
    {
      TandemRoadmapAxis *axis = g_ptr_array_index (self->columns, i);
      g_autoptr(TandemObject) column = NULL;

      /* Cards of a hand-written snapshot entry may have no column. */
      if (axis->id == NULL)
        no_column = tandem_id_new ("c");
      column = ranked_axis_new (TANDEM_TYPE_COLUMN, axis->id != NULL ? axis->id : no_column,
                                axis->title, column_ranks[i]);
      _tandem_workspace_load_append (workspace, NULL, column);
    }

  lane_ranks = tandem_rank_sequence (NULL, NULL, self->lanes->len);
  for (guint i = 0; i < self->lanes->len; i++)
    {
      TandemRoadmapAxis *axis = g_ptr_array_index (self->lanes, i);
      g_autoptr(TandemObject) lane = NULL;

      /* The lane of no id holds the cards without a lane. */
      if (axis->id == NULL)
        continue;
      lane = ranked_axis_new (TANDEM_TYPE_LANE, axis->id, axis->title, lane_ranks[i]);
      _tandem_workspace_load_append (workspace, NULL, lane);
    }

  for (guint i = 0; i < self->cards->len; i++)
    {
      TandemRoadmapCard *card = g_ptr_array_index (self->cards, i);
      TandemObject *source = tandem_workspace_lookup (live, card->card);
      g_autoptr(TandemObject) copy = NULL;

      if (source != NULL && TANDEM_IS_CARD (source))
        copy = _tandem_object_copy (source);
      else
        {
          copy = TANDEM_OBJECT (tandem_card_new ());
          _tandem_object_set_id (copy, card->card);
        }
      tandem_object_set_detached (copy,
                                  "title", card->title,
                                  "status", card->status,
                                  "column", card->column != NULL ? card->column : no_column,
                                  "lane", card->lane,
                                  "rank", card->rank,
                                  "target", card->target,
                                  NULL);
      /* A snapshot keeps the score, not the RICE figures behind it: when
       * today's figures give another score, the copy gets figures that give
       * the snapshot's. */
      if (fabs (tandem_card_get_score (TANDEM_CARD (copy)) - card->score) > 0.005)
        tandem_object_set_detached (copy, "reach", 1, "impact", card->score,
                                    "confidence", 100, "effort", 1.0, NULL);
      _tandem_workspace_load_append (workspace, NULL, copy);
    }

  return workspace;
}

/**
 * tandem_card_status_to_label:
 *
 * Returns: the status as people read it: "Idea", "In progress"…
 */
const char *
tandem_card_status_to_label (TandemCardStatus status)
{
  switch (status)
    {
    case TANDEM_CARD_STATUS_IDEA:
      return _("Idea");
    case TANDEM_CARD_STATUS_PLANNED:
      return _("Planned");
    case TANDEM_CARD_STATUS_IN_PROGRESS:
      return _("In progress");
    case TANDEM_CARD_STATUS_SHIPPED:
      return _("Shipped");
    case TANDEM_CARD_STATUS_DROPPED:
      return _("Dropped");
    default:
      return "";
    }
}
