/* test-snapshots.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tandem-core.h"
#include "tandem-snapshots.h"

typedef struct
{
  TandemWorkspace *ws;
  TandemObject    *columns[3];   /* Now, Next, Later */
  TandemObject    *lanes[2];     /* Mobile, Platform */
  TandemObject    *cards[4];
} Board;

static void
board_init (Board *b)
{
  GListModel *columns;
  const char *titles[] = { "Offline sync", "Widgets", "SSO", "Audit log" };

  b->ws = tandem_workspace_new_untitled ();
  tandem_workspace_set_author (b->ws, "María López", TANDEM_TEAM_PRODUCT);
  columns = G_LIST_MODEL (tandem_workspace_get_columns (b->ws));
  for (guint i = 0; i < 3; i++)
    {
      b->columns[i] = g_list_model_get_item (columns, i);
      g_object_unref (b->columns[i]);
    }
  b->lanes[0] = tandem_workspace_create (b->ws, TANDEM_TYPE_LANE, NULL,
                                         "title", "Mobile", "rank", "a0", NULL);
  b->lanes[1] = tandem_workspace_create (b->ws, TANDEM_TYPE_LANE, NULL,
                                         "title", "Platform", "rank", "a1", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (b->cards); i++)
    {
      g_autofree char *rank = g_strdup_printf ("a%u", i);

      b->cards[i] = tandem_workspace_create (b->ws, TANDEM_TYPE_CARD, NULL,
                                             "title", titles[i],
                                             "column", tandem_object_get_id (b->columns[i % 2]),
                                             "lane", tandem_object_get_id (b->lanes[i / 2]),
                                             "rank", rank,
                                             "status", TANDEM_CARD_STATUS_PLANNED,
                                             "target", "2027-Q1",
                                             "reach", 100, "impact", 2.0, "confidence", 50,
                                             "effort", 1.0,
                                             NULL);
    }
}

static void
board_clear (Board *b)
{
  g_assert_finalize_object (b->ws);
}

static const TandemChange *
find_change (GPtrArray  *changes,
             TandemObject *card)
{
  for (guint i = 0; i < changes->len; i++)
    {
      TandemChange *change = g_ptr_array_index (changes, i);

      if (g_strcmp0 (change->card, tandem_object_get_id (card)) == 0)
        return change;
    }
  return NULL;
}

/* Compares @snapshot with today's board. */
static GPtrArray *
compare_with_now (TandemWorkspace *ws,
                  TandemSnapshot  *snapshot)
{
  g_autoptr(TandemRoadmap) before = tandem_roadmap_new_from_snapshot (ws, snapshot);
  g_autoptr(TandemRoadmap) after = tandem_roadmap_new_current (ws);

  return tandem_roadmap_compare (before, after);
}

static void
test_take (void)
{
  Board b;
  TandemSnapshot *snapshot;
  GListModel *entries;
  g_autoptr(GError) error = NULL;
  guint64 revision;

  board_init (&b);
  revision = tandem_workspace_get_revision (b.ws);
  snapshot = tandem_snapshots_take (b.ws, "  Q1 baseline ", "Before the offsite", &error);
  g_assert_no_error (error);
  g_assert_nonnull (snapshot);
  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (snapshot), "name"), ==, "Q1 baseline");
  g_assert_cmpstr (tandem_object_get_string (TANDEM_OBJECT (snapshot), "description"), ==,
                   "Before the offsite");
  g_assert_nonnull (tandem_object_get_created (TANDEM_OBJECT (snapshot)));
  g_assert_true (tandem_timestamp_is_valid (tandem_object_get_created (TANDEM_OBJECT (snapshot))));
  g_assert_cmpuint (tandem_workspace_get_revision (b.ws), >, revision);
  g_assert_true (tandem_snapshots_find (b.ws, "Q1 baseline") == snapshot);
  g_assert_true (tandem_snapshots_find (b.ws, tandem_object_get_id (TANDEM_OBJECT (snapshot))) == snapshot);
  g_assert_null (tandem_snapshots_find (b.ws, "Q2"));

  entries = G_LIST_MODEL (tandem_object_get_children (TANDEM_OBJECT (snapshot)));
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 4);
  g_assert_cmpuint (tandem_snapshots_count_entries (snapshot), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(TandemObject) entry = g_list_model_get_item (entries, i);
      TandemObject *card = tandem_workspace_lookup (b.ws, tandem_object_get_string (entry, "card"));

      g_assert_nonnull (card);
      g_assert_true (tandem_workspace_lookup (b.ws, tandem_object_get_id (entry)) == entry);
      g_assert_cmpstr (tandem_object_get_string (entry, "title"), ==, tandem_object_get_string (card, "title"));
      g_assert_cmpstr (tandem_object_get_string (entry, "column"), ==, tandem_object_get_string (card, "column"));
      g_assert_cmpstr (tandem_object_get_string (entry, "lane"), ==, tandem_object_get_string (card, "lane"));
      g_assert_cmpstr (tandem_object_get_string (entry, "rank"), ==, tandem_object_get_string (card, "rank"));
      g_assert_cmpstr (tandem_object_get_string (entry, "target"), ==, "2027-Q1");
      g_assert_cmpint (tandem_object_get_int (entry, "status"), ==, TANDEM_CARD_STATUS_PLANNED);
      g_assert_cmpfloat (tandem_object_get_double (entry, "score"), ==, 100.0);
      g_assert_cmpfloat (tandem_object_get_double (entry, "score"), ==,
                         tandem_card_get_score (TANDEM_CARD (card)));
      g_assert_cmpstr (tandem_object_get_string (entry, "column-title"), ==,
                       tandem_object_get_string (tandem_workspace_lookup (b.ws, tandem_object_get_string (card, "column")), "title"));
      g_assert_cmpstr (tandem_object_get_string (entry, "lane-title"), ==,
                       card == b.cards[0] || card == b.cards[1] ? "Mobile" : "Platform");
    }

  /* One undo step takes all of it back, and redo brings it again. */
  g_assert_cmpstr (tandem_workspace_get_undo_label (b.ws), ==, "Take Snapshot");
  g_assert_true (tandem_workspace_undo (b.ws));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_snapshots (b.ws))), ==, 0);
  g_assert_null (tandem_snapshots_find (b.ws, "Q1 baseline"));
  g_assert_cmpstr (tandem_workspace_get_undo_label (b.ws), !=, "Take Snapshot");
  g_assert_true (tandem_workspace_redo (b.ws));
  g_assert_true (tandem_snapshots_find (b.ws, "Q1 baseline") == snapshot);

  board_clear (&b);
}

static void
test_take_refuses_empty_name (void)
{
  Board b;
  g_autoptr(GError) error = NULL;

  board_init (&b);
  g_assert_null (tandem_snapshots_take (b.ws, "   ", NULL, &error));
  g_assert_error (error, TANDEM_WORKSPACE_ERROR, TANDEM_WORKSPACE_ERROR_INVALID);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_snapshots (b.ws))), ==, 0);
  board_clear (&b);
}

static void
test_compare_unchanged (void)
{
  Board b;
  TandemSnapshot *snapshot;
  g_autoptr(GPtrArray) changes = NULL;

  board_init (&b);
  snapshot = tandem_snapshots_take (b.ws, "Now", NULL, NULL);
  /* Another place in the same column and lane is not a move. */
  tandem_workspace_set (b.ws, b.cards[0], "rank", "a9", NULL);
  changes = compare_with_now (b.ws, snapshot);
  g_assert_cmpuint (changes->len, ==, 0);
  board_clear (&b);
}

static void
test_compare_each_kind (void)
{
  Board b;
  TandemSnapshot *snapshot;
  g_autoptr(GPtrArray) changes = NULL;
  const TandemChange *change;
  TandemObject *added, *removed;
  g_autofree char *removed_id = NULL;

  board_init (&b);
  /* A card that goes away after the snapshot. */
  removed = tandem_workspace_create (b.ws, TANDEM_TYPE_CARD, NULL,
                                     "title", "Dropped idea",
                                     "column", tandem_object_get_id (b.columns[2]),
                                     "rank", "a5", NULL);
  removed_id = g_strdup (tandem_object_get_id (removed));
  snapshot = tandem_snapshots_take (b.ws, "Baseline", NULL, NULL);

  added = tandem_workspace_create (b.ws, TANDEM_TYPE_CARD, NULL,
                                   "title", "Brand new",
                                   "column", tandem_object_get_id (b.columns[0]),
                                   "rank", "a6", NULL);
  g_assert_true (tandem_workspace_remove (b.ws, removed, NULL));
  /* cards[0]: another column; cards[1]: another lane; cards[2]: title and
   * status; cards[3]: target and another column. */
  tandem_workspace_set (b.ws, b.cards[0], "column", tandem_object_get_id (b.columns[2]), NULL);
  tandem_workspace_set (b.ws, b.cards[1], "lane", tandem_object_get_id (b.lanes[1]), NULL);
  tandem_workspace_set (b.ws, b.cards[2], "title", "Single sign-on", "status",
                        TANDEM_CARD_STATUS_SHIPPED, NULL);
  tandem_workspace_set (b.ws, b.cards[3], "target", "2027-06-01",
                        "column", tandem_object_get_id (b.columns[2]), NULL);

  changes = compare_with_now (b.ws, snapshot);
  g_assert_cmpuint (changes->len, ==, 6);

  /* In order: added, removed, moved (by title), changed. */
  g_assert_cmpuint (((TandemChange *) g_ptr_array_index (changes, 0))->flags, ==, TANDEM_CHANGE_ADDED);
  g_assert_cmpuint (((TandemChange *) g_ptr_array_index (changes, 1))->flags, ==, TANDEM_CHANGE_REMOVED);
  g_assert_cmpuint (((TandemChange *) g_ptr_array_index (changes, 5))->flags, ==, TANDEM_CHANGE_CHANGED);

  change = find_change (changes, added);
  g_assert_nonnull (change);
  g_assert_cmpuint (change->flags, ==, TANDEM_CHANGE_ADDED);
  g_assert_cmpstr (change->title, ==, "Brand new");
  g_assert_null (change->old_where);
  g_assert_cmpstr (change->new_where, ==, "Now / No lane");

  change = g_ptr_array_index (changes, 1);
  g_assert_cmpstr (change->card, ==, removed_id);
  g_assert_cmpstr (change->title, ==, "Dropped idea");
  g_assert_cmpstr (change->old_where, ==, "Later / No lane");
  g_assert_null (change->new_where);

  change = find_change (changes, b.cards[0]);
  g_assert_cmpuint (change->flags, ==, TANDEM_CHANGE_MOVED);
  g_assert_cmpuint (change->fields, ==, 0);
  g_assert_cmpstr (change->old_where, ==, "Now / Mobile");
  g_assert_cmpstr (change->new_where, ==, "Later / Mobile");

  change = find_change (changes, b.cards[1]);
  g_assert_cmpuint (change->flags, ==, TANDEM_CHANGE_MOVED);
  g_assert_cmpstr (change->old_where, ==, "Next / Mobile");
  g_assert_cmpstr (change->new_where, ==, "Next / Platform");

  change = find_change (changes, b.cards[2]);
  g_assert_cmpuint (change->flags, ==, TANDEM_CHANGE_CHANGED);
  g_assert_cmpuint (change->fields, ==, TANDEM_CHANGED_TITLE | TANDEM_CHANGED_STATUS);
  g_assert_cmpstr (change->old_title, ==, "SSO");
  g_assert_cmpstr (change->title, ==, "Single sign-on");
  g_assert_cmpint (change->old_status, ==, TANDEM_CARD_STATUS_PLANNED);
  g_assert_cmpint (change->new_status, ==, TANDEM_CARD_STATUS_SHIPPED);

  change = find_change (changes, b.cards[3]);
  g_assert_cmpuint (change->flags, ==, TANDEM_CHANGE_MOVED | TANDEM_CHANGE_CHANGED);
  g_assert_cmpuint (change->fields, ==, TANDEM_CHANGED_TARGET);
  g_assert_cmpstr (change->old_target, ==, "2027-Q1");
  g_assert_cmpstr (change->new_target, ==, "2027-06-01");

  /* How a marked card says what happened to it. */
  for (guint i = 0; i < changes->len; i++)
    {
      g_autofree char *description = NULL;

      change = g_ptr_array_index (changes, i);
      description = tandem_change_dup_description (change);
      if (g_strcmp0 (change->card, tandem_object_get_id (added)) == 0)
        {
          g_assert_cmpstr (description, ==, "Added");
          g_assert_cmpstr (tandem_change_get_kind (change->flags), ==, "added");
        }
      else if (g_strcmp0 (change->card, removed_id) == 0)
        {
          g_assert_cmpstr (description, ==, "Removed");
          g_assert_cmpstr (tandem_change_get_kind (change->flags), ==, "removed");
        }
      else if (g_strcmp0 (change->card, tandem_object_get_id (b.cards[0])) == 0)
        {
          g_assert_cmpstr (description, ==, "Moved from Now / Mobile");
          g_assert_cmpstr (tandem_change_get_kind (change->flags), ==, "moved");
        }
      else if (g_strcmp0 (change->card, tandem_object_get_id (b.cards[1])) == 0)
        g_assert_cmpstr (description, ==, "Moved from Next / Mobile");
      else if (g_strcmp0 (change->card, tandem_object_get_id (b.cards[2])) == 0)
        {
          g_assert_cmpstr (description, ==, "Changed: title was “SSO”; Planned → Shipped");
          g_assert_cmpstr (tandem_change_get_kind (change->flags), ==, "changed");
          g_assert_cmpstr (tandem_change_get_label (change->flags), ==, "Changed");
        }
      else
        {
          g_assert_cmpstr (change->card, ==, tandem_object_get_id (b.cards[3]));
          g_assert_cmpstr (description, ==, "Moved from Next / Platform; target 2027-Q1 → 2027-06-01");
          g_assert_cmpstr (tandem_change_get_label (change->flags), ==, "Moved, changed");
        }
    }

  board_clear (&b);
}

static void
test_compare_reordered (void)
{
  Board b;
  TandemSnapshot *snapshot;
  g_autoptr(GPtrArray) changes = NULL;
  TandemObject *second, *third;
  g_autofree char *description = NULL;

  board_init (&b);
  /* Now / Mobile holds cards[0], second and third, in that order. */
  second = tandem_workspace_create (b.ws, TANDEM_TYPE_CARD, NULL, "title", "Second",
                                    "column", tandem_object_get_id (b.columns[0]),
                                    "lane", tandem_object_get_id (b.lanes[0]), "rank", "a5", NULL);
  third = tandem_workspace_create (b.ws, TANDEM_TYPE_CARD, NULL, "title", "Third",
                                   "column", tandem_object_get_id (b.columns[0]),
                                   "lane", tandem_object_get_id (b.lanes[0]), "rank", "a7", NULL);
  snapshot = tandem_snapshots_take (b.ws, "Baseline", NULL, NULL);
  /* Moving cards[0] to the end reorders one card, not the two it passed. */
  tandem_workspace_set (b.ws, b.cards[0], "rank", "a9", NULL);
  changes = compare_with_now (b.ws, snapshot);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_nonnull (find_change (changes, b.cards[0]));
  g_assert_cmpuint (find_change (changes, b.cards[0])->flags, ==, TANDEM_CHANGE_REORDERED);
  description = tandem_change_dup_description (find_change (changes, b.cards[0]));
  g_assert_cmpstr (description, ==, "Reordered");
  g_assert_cmpstr (tandem_change_get_kind (TANDEM_CHANGE_REORDERED), ==, "reordered");
  g_assert_null (tandem_change_get_kind (TANDEM_CHANGE_NONE));
  g_assert_null (find_change (changes, second));
  g_assert_null (find_change (changes, third));
  board_clear (&b);
}

static void
test_compare_two_snapshots (void)
{
  Board b;
  TandemSnapshot *first, *second;
  g_autoptr(TandemRoadmap) before = NULL;
  g_autoptr(TandemRoadmap) after = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) reverse = NULL;

  board_init (&b);
  first = tandem_snapshots_take (b.ws, "First", NULL, NULL);
  tandem_workspace_set (b.ws, b.cards[1], "status", TANDEM_CARD_STATUS_IN_PROGRESS, NULL);
  second = tandem_snapshots_take (b.ws, "Second", NULL, NULL);
  /* Edits after the second snapshot are not part of the comparison. */
  tandem_workspace_set (b.ws, b.cards[0], "title", "Renamed later", NULL);

  before = tandem_roadmap_new_from_snapshot (b.ws, first);
  after = tandem_roadmap_new_from_snapshot (b.ws, second);
  g_assert_cmpstr (before->name, ==, "First");
  g_assert_cmpstr (after->name, ==, "Second");
  changes = tandem_roadmap_compare (before, after);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpstr (((TandemChange *) g_ptr_array_index (changes, 0))->card, ==,
                   tandem_object_get_id (b.cards[1]));
  g_assert_cmpuint (((TandemChange *) g_ptr_array_index (changes, 0))->fields, ==,
                    TANDEM_CHANGED_STATUS);

  reverse = tandem_roadmap_compare (after, before);
  g_assert_cmpuint (reverse->len, ==, 1);
  g_assert_cmpint (((TandemChange *) g_ptr_array_index (reverse, 0))->new_status, ==,
                   TANDEM_CARD_STATUS_PLANNED);
  board_clear (&b);
}

static void
test_snapshot_roadmap_keeps_the_past (void)
{
  Board b;
  TandemSnapshot *snapshot;
  g_autoptr(TandemRoadmap) then = NULL;
  g_autoptr(TandemRoadmap) now = NULL;
  TandemRoadmapAxis *column;

  board_init (&b);
  snapshot = tandem_snapshots_take (b.ws, "Before renaming", NULL, NULL);
  tandem_workspace_set (b.ws, b.columns[0], "title", "Q1", NULL);
  tandem_workspace_set (b.ws, b.cards[0], "title", "Renamed", NULL);

  then = tandem_roadmap_new_from_snapshot (b.ws, snapshot);
  now = tandem_roadmap_new_current (b.ws);
  g_assert_cmpuint (then->cards->len, ==, 4);
  g_assert_cmpuint (then->lanes->len, ==, 2);
  column = g_ptr_array_index (then->columns, 0);
  g_assert_cmpstr (column->title, ==, "Now");
  column = g_ptr_array_index (now->columns, 0);
  g_assert_cmpstr (column->title, ==, "Q1");
  /* Only the columns the snapshot has cards in: Now and Next. */
  g_assert_cmpuint (then->columns->len, ==, 2);
  g_assert_cmpuint (now->columns->len, ==, 3);
  g_assert_cmpstr (tandem_roadmap_find_card (then, tandem_object_get_id (b.cards[0]))->title, ==,
                   "Offline sync");
  g_assert_cmpstr (tandem_roadmap_find_card (now, tandem_object_get_id (b.cards[0]))->title, ==,
                   "Renamed");
  g_assert_cmpstr (tandem_roadmap_find_card (now, tandem_object_get_id (b.cards[0]))->owners, ==, NULL);
  g_assert_cmpstr (then->date, ==, tandem_object_get_created (TANDEM_OBJECT (snapshot)));
  g_assert_cmpstr (then->author, ==, "María López");
  g_assert_null (now->name);
  board_clear (&b);
}

static void
test_marked_roadmap (void)
{
  Board b;
  TandemSnapshot *snapshot;
  g_autoptr(TandemRoadmap) before = NULL;
  g_autoptr(TandemRoadmap) after = NULL;
  g_autoptr(TandemRoadmap) marked = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *gone = NULL;
  const TandemRoadmapCard *card;
  TandemWorkspace *view;
  TandemObject *copy;

  board_init (&b);
  snapshot = tandem_snapshots_take (b.ws, "Baseline", NULL, NULL);
  gone = g_strdup (tandem_object_get_id (b.cards[3]));
  tandem_workspace_remove (b.ws, b.cards[3], NULL);
  tandem_workspace_set (b.ws, b.cards[0], "lane", tandem_object_get_id (b.lanes[1]), NULL);

  before = tandem_roadmap_new_from_snapshot (b.ws, snapshot);
  after = tandem_roadmap_new_current (b.ws);
  changes = tandem_roadmap_compare (before, after);
  marked = tandem_roadmap_new_marked (before, after, changes);
  g_assert_cmpuint (after->cards->len, ==, 3);
  g_assert_cmpuint (marked->cards->len, ==, 4);
  card = tandem_roadmap_find_card (marked, gone);
  g_assert_nonnull (card);
  g_assert_cmpuint (card->change, ==, TANDEM_CHANGE_REMOVED);
  g_assert_cmpstr (card->title, ==, "Audit log");
  card = tandem_roadmap_find_card (marked, tandem_object_get_id (b.cards[0]));
  g_assert_cmpuint (card->change, ==, TANDEM_CHANGE_MOVED);
  card = tandem_roadmap_find_card (marked, tandem_object_get_id (b.cards[1]));
  g_assert_cmpuint (card->change, ==, TANDEM_CHANGE_NONE);

  /* As a board: today's cards, and the removed one back in its old place. */
  view = tandem_roadmap_to_workspace (marked, b.ws);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_cards (view))), ==, 4);
  copy = tandem_workspace_lookup (view, gone);
  g_assert_nonnull (copy);
  g_assert_cmpstr (tandem_object_get_string (copy, "title"), ==, "Audit log");
  g_assert_cmpstr (tandem_object_get_string (copy, "column"), ==, tandem_object_get_id (b.columns[1]));
  g_assert_cmpstr (tandem_object_get_string (copy, "lane"), ==, tandem_object_get_id (b.lanes[1]));
  copy = tandem_workspace_lookup (view, tandem_object_get_id (b.cards[0]));
  g_assert_cmpstr (tandem_object_get_string (copy, "lane"), ==, tandem_object_get_id (b.lanes[1]));
  g_assert_false (tandem_workspace_get_dirty (view));
  g_assert_finalize_object (g_steal_pointer (&view));
  board_clear (&b);
}

static void
test_board_without_lanes (void)
{
  g_autoptr(TandemWorkspace) ws = tandem_workspace_new_untitled ();
  g_autoptr(TandemObject) column = g_list_model_get_item (G_LIST_MODEL (tandem_workspace_get_columns (ws)), 1);
  g_autoptr(TandemRoadmap) roadmap = NULL;
  TandemRoadmapAxis *lane;

  tandem_workspace_create (ws, TANDEM_TYPE_CARD, NULL, "title", "B", "column",
                           tandem_object_get_id (column), "rank", "a1", NULL);
  tandem_workspace_create (ws, TANDEM_TYPE_CARD, NULL, "title", "A", "column",
                           tandem_object_get_id (column), "rank", "a0", NULL);
  roadmap = tandem_roadmap_new_current (ws);
  g_assert_cmpuint (roadmap->lanes->len, ==, 1);
  lane = g_ptr_array_index (roadmap->lanes, 0);
  g_assert_null (lane->id);
  g_assert_null (lane->title);
  /* In rank order, not in the order they were added. */
  g_assert_cmpstr (((TandemRoadmapCard *) g_ptr_array_index (roadmap->cards, 0))->title, ==, "A");
  g_assert_cmpstr (((TandemRoadmapCard *) g_ptr_array_index (roadmap->cards, 1))->title, ==, "B");
}

static TandemObject *
item_titled (TandemCollection *collection,
             const char       *title)
{
  GListModel *model = G_LIST_MODEL (collection);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TandemObject) object = g_list_model_get_item (model, i);

      if (g_strcmp0 (tandem_object_get_string (object, "title"), title) == 0)
        return object;
    }
  return NULL;
}

/* A snapshot shown on a board: a workspace of its own with the snapshot's
 * columns, lanes and cards, built without touching the live workspace. */
static void
test_snapshot_as_workspace (void)
{
  Board b;
  TandemSnapshot *snapshot;
  TandemObject *icebox, *frozen;
  g_autofree char *frozen_id = NULL;
  g_autofree char *icebox_id = NULL;
  g_autoptr(TandemRoadmap) roadmap = NULL;
  g_autoptr(TandemWorkspace) view = NULL;
  TandemObject *copy;
  const char *author;
  guint64 revision;
  gboolean dirty;

  board_init (&b);
  icebox = tandem_workspace_create (b.ws, TANDEM_TYPE_COLUMN, NULL, "title", "Icebox", "rank", "az", NULL);
  icebox_id = g_strdup (tandem_object_get_id (icebox));
  frozen = tandem_workspace_create (b.ws, TANDEM_TYPE_CARD, NULL, "title", "Frozen",
                                    "column", icebox_id, "rank", "a0", NULL);
  frozen_id = g_strdup (tandem_object_get_id (frozen));
  snapshot = tandem_snapshots_take (b.ws, "Baseline", NULL, NULL);
  author = tandem_object_get_created_by (TANDEM_OBJECT (snapshot));
  g_assert_nonnull (author);
  tandem_workspace_set (b.ws, b.cards[0], "pm", author, NULL);

  /* Since the snapshot: a renamed column, a moved and renamed card, a new
   * score, and the Icebox column and its card deleted. */
  tandem_workspace_set (b.ws, b.columns[0], "title", "Q1", NULL);
  tandem_workspace_set (b.ws, b.cards[0], "column", tandem_object_get_id (b.columns[2]),
                        "reach", 300, NULL);
  tandem_workspace_set (b.ws, b.cards[1], "title", "Home widgets", NULL);
  g_assert_true (tandem_workspace_remove (b.ws, frozen, NULL));
  g_assert_true (tandem_workspace_remove (b.ws, icebox, NULL));

  revision = tandem_workspace_get_revision (b.ws);
  dirty = tandem_workspace_get_dirty (b.ws);
  roadmap = tandem_roadmap_new_from_snapshot (b.ws, snapshot);
  view = tandem_roadmap_to_workspace (roadmap, b.ws);
  g_assert_cmpuint (tandem_workspace_get_revision (b.ws), ==, revision);
  g_assert_cmpint (tandem_workspace_get_dirty (b.ws), ==, dirty);
  g_assert_false (tandem_workspace_get_dirty (view));
  g_assert_false (tandem_workspace_get_can_undo (view));

  /* The snapshot's columns, under their titles then, the deleted one too. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_columns (view))), ==, 3);
  g_assert_nonnull (item_titled (tandem_workspace_get_columns (view), "Now"));
  g_assert_nonnull (item_titled (tandem_workspace_get_columns (view), "Icebox"));
  g_assert_null (item_titled (tandem_workspace_get_columns (view), "Q1"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_lanes (view))), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_cards (view))), ==, 5);

  /* Each card where and as it was; owners from today's card. */
  copy = tandem_workspace_lookup (view, tandem_object_get_id (b.cards[0]));
  g_assert_true (TANDEM_IS_CARD (copy));
  g_assert_true (copy != b.cards[0]);
  g_assert_cmpstr (tandem_object_get_string (copy, "column"), ==, tandem_object_get_id (b.columns[0]));
  g_assert_cmpstr (tandem_object_get_string (copy, "lane"), ==, tandem_object_get_id (b.lanes[0]));
  g_assert_cmpstr (tandem_object_get_string (copy, "pm"), ==, author);
  g_assert_nonnull (tandem_workspace_lookup (view, author));
  g_assert_cmpfloat_with_epsilon (tandem_card_get_score (TANDEM_CARD (copy)), 100, 0.001);
  g_assert_cmpfloat_with_epsilon (tandem_card_get_score (TANDEM_CARD (b.cards[0])), 300, 0.001);
  copy = tandem_workspace_lookup (view, tandem_object_get_id (b.cards[1]));
  g_assert_cmpstr (tandem_object_get_string (copy, "title"), ==, "Widgets");
  copy = tandem_workspace_lookup (view, frozen_id);
  g_assert_nonnull (copy);
  g_assert_cmpstr (tandem_object_get_string (copy, "title"), ==, "Frozen");
  g_assert_cmpstr (tandem_object_get_string (copy, "column"), ==, icebox_id);

  /* Editing the copy leaves today's board alone. */
  copy = tandem_workspace_lookup (view, tandem_object_get_id (b.cards[1]));
  g_assert_true (tandem_workspace_set (view, copy, "title", "Scribbled", NULL));
  g_assert_cmpstr (tandem_object_get_string (b.cards[1], "title"), ==, "Home widgets");
  g_assert_cmpuint (tandem_workspace_get_revision (b.ws), ==, revision);

  g_clear_pointer (&roadmap, tandem_roadmap_unref);
  g_assert_finalize_object (g_steal_pointer (&view));
  board_clear (&b);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/snapshots/take", test_take);
  g_test_add_func ("/core/snapshots/take-refuses-empty-name", test_take_refuses_empty_name);
  g_test_add_func ("/core/snapshots/compare/unchanged", test_compare_unchanged);
  g_test_add_func ("/core/snapshots/compare/each-kind", test_compare_each_kind);
  g_test_add_func ("/core/snapshots/compare/reordered", test_compare_reordered);
  g_test_add_func ("/core/snapshots/compare/two-snapshots", test_compare_two_snapshots);
  g_test_add_func ("/core/snapshots/roadmap/keeps-the-past", test_snapshot_roadmap_keeps_the_past);
  g_test_add_func ("/core/snapshots/roadmap/marked", test_marked_roadmap);
  g_test_add_func ("/core/snapshots/roadmap/without-lanes", test_board_without_lanes);
  g_test_add_func ("/core/snapshots/workspace/snapshot", test_snapshot_as_workspace);

  return g_test_run ();
}
