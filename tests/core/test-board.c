/* test-board.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tandem-core.h"

/* The board's edits, headless: moving cards with ranks, reordering columns and
 * lanes, removing them without losing cards, sorting by score, presets, and
 * the board model that follows all of it.  Every edit must be one undo step. */

typedef struct
{
  TandemWorkspace *ws;
  TandemObject    *columns[3];   /* Now, Next, Later */
  TandemObject    *lanes[2];     /* Mobile, Web */
} Board;

static TandemObject *
nth_ranked (TandemCollection *collection,
            guint             n)
{
  g_autoptr(GPtrArray) ranked = tandem_board_list_ranked (collection);

  g_assert_cmpuint (n, <, ranked->len);
  return g_ptr_array_index (ranked, n);
}

static void
board_setup (Board         *board,
             gconstpointer  data)
{
  board->ws = tandem_workspace_new_untitled ();
  for (guint i = 0; i < 3; i++)
    board->columns[i] = nth_ranked (tandem_workspace_get_columns (board->ws), i);
  board->lanes[0] = tandem_board_add_lane (board->ws, "Mobile", NULL);
  board->lanes[1] = tandem_board_add_lane (board->ws, "Web", NULL);
  g_assert_nonnull (board->lanes[0]);
  g_assert_nonnull (board->lanes[1]);
}

static void
board_teardown (Board         *board,
                gconstpointer  data)
{
  g_assert_finalize_object (board->ws);
}

static TandemObject *
add (Board      *board,
     guint       column,
     guint       lane,
     const char *title)
{
  TandemObject *card = tandem_board_add_card (board->ws, board->columns[column],
                                              board->lanes[lane], title, NULL);

  g_assert_nonnull (card);
  return card;
}

/* The titles of a cell, in board order, as "A B C". */
static char *
cell_titles (Board        *board,
             TandemObject *column,
             TandemObject *lane)
{
  g_autoptr(GPtrArray) cell = tandem_board_list_cell (board->ws, column, lane);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < cell->len; i++)
    g_string_append_printf (out, "%s%s", i ? " " : "",
                            tandem_object_get_string (g_ptr_array_index (cell, i), "title"));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Every cell of the board, as "Now/Mobile: A B | …", to compare whole boards. */
static char *
board_state (Board *board)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint c = 0; c < 3; c++)
    for (guint l = 0; l < 3; l++)
      {
        TandemObject *lane = l < 2 ? board->lanes[l] : NULL;
        g_autofree char *titles = cell_titles (board, board->columns[c], lane);

        g_string_append_printf (out, "%s/%s: %s | ",
                                tandem_object_get_string (board->columns[c], "title"),
                                lane != NULL ? tandem_object_get_string (lane, "title") : "-",
                                titles);
      }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_cell (Board        *board,
             guint         column,
             TandemObject *lane,
             const char   *expected)
{
  g_autofree char *titles = cell_titles (board, board->columns[column], lane);

  g_assert_cmpstr (titles, ==, expected);
}

/* Moves through the core, checks the result, then that one undo restores the
 * board exactly and redo makes the same move again. */
static void
move_and_check (Board         *board,
                TandemObject **cards,
                guint          n_cards,
                guint          column,
                TandemObject  *lane,
                guint          position)
{
  g_autofree char *before = board_state (board);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_board_move_cards (board->ws, cards, n_cards, board->columns[column], lane,
                                          position, &error));
  g_assert_no_error (error);
  after = board_state (board);

  g_assert_true (tandem_workspace_undo (board->ws));
  undone = board_state (board);
  g_assert_cmpstr (undone, ==, before);
  g_assert_true (tandem_workspace_redo (board->ws));
  redone = board_state (board);
  g_assert_cmpstr (redone, ==, after);
}

static void
test_move_within_column (Board         *board,
                         gconstpointer  data)
{
  TandemObject *a = add (board, 0, 0, "A");
  TandemObject *c;

  add (board, 0, 0, "B");
  c = add (board, 0, 0, "C");
  add (board, 0, 0, "D");

  /* Down: A to the gap between C and D. */
  move_and_check (board, &a, 1, 0, board->lanes[0], 3);
  assert_cell (board, 0, board->lanes[0], "B C A D");
  g_assert_cmpstr (tandem_object_get_string (a, "column"), ==,
                   tandem_object_get_id (board->columns[0]));

  /* Up: C to the top. */
  move_and_check (board, &c, 1, 0, board->lanes[0], 0);
  assert_cell (board, 0, board->lanes[0], "C B A D");

  /* To the bottom, with a position past the end. */
  move_and_check (board, &c, 1, 0, board->lanes[0], 100);
  assert_cell (board, 0, board->lanes[0], "B A D C");

  /* Dropping a card into its own gap changes nothing. */
  move_and_check (board, &a, 1, 0, board->lanes[0], 1);
  assert_cell (board, 0, board->lanes[0], "B A D C");

  g_assert_true (tandem_rank_is_valid (tandem_object_get_string (a, "rank")));
  g_assert_true (tandem_rank_is_valid (tandem_object_get_string (c, "rank")));
}

static void
test_move_to_column (Board         *board,
                     gconstpointer  data)
{
  TandemObject *b;

  add (board, 0, 0, "A");
  b = add (board, 0, 0, "B");
  add (board, 1, 0, "X");
  add (board, 1, 0, "Y");

  move_and_check (board, &b, 1, 1, board->lanes[0], 1);
  assert_cell (board, 0, board->lanes[0], "A");
  assert_cell (board, 1, board->lanes[0], "X B Y");
  g_assert_cmpstr (tandem_object_get_string (b, "column"), ==,
                   tandem_object_get_id (board->columns[1]));
  g_assert_cmpstr (tandem_object_get_string (b, "lane"), ==,
                   tandem_object_get_id (board->lanes[0]));
}

static void
test_move_to_lane (Board         *board,
                   gconstpointer  data)
{
  TandemObject *a = add (board, 0, 0, "A");

  add (board, 0, 1, "W");

  move_and_check (board, &a, 1, 0, board->lanes[1], 0);
  assert_cell (board, 0, board->lanes[0], "");
  assert_cell (board, 0, board->lanes[1], "A W");
  g_assert_cmpstr (tandem_object_get_string (a, "lane"), ==,
                   tandem_object_get_id (board->lanes[1]));

  /* Out of every lane. */
  move_and_check (board, &a, 1, 0, NULL, 0);
  g_assert_null (tandem_object_get_string (a, "lane"));
  assert_cell (board, 0, NULL, "A");
}

static void
test_move_to_empty (Board         *board,
                    gconstpointer  data)
{
  TandemObject *a = add (board, 0, 0, "A");

  /* An empty column… */
  move_and_check (board, &a, 1, 2, board->lanes[0], 0);
  assert_cell (board, 2, board->lanes[0], "A");
  assert_cell (board, 0, board->lanes[0], "");

  /* …and an empty lane of another column. */
  move_and_check (board, &a, 1, 1, board->lanes[1], 5);
  assert_cell (board, 1, board->lanes[1], "A");
  assert_cell (board, 2, board->lanes[0], "");
}

static void
test_move_many (Board         *board,
                gconstpointer  data)
{
  TandemObject *picked[3];

  add (board, 0, 0, "A");
  picked[2] = add (board, 0, 0, "B");
  add (board, 0, 0, "C");
  picked[0] = add (board, 1, 1, "D");
  picked[1] = add (board, 0, 0, "E");
  add (board, 2, 0, "X");
  add (board, 2, 0, "Y");

  /* Given in any order, they land in board order: Now/Mobile B E, then Next/Web D. */
  move_and_check (board, picked, 3, 2, board->lanes[0], 1);
  assert_cell (board, 2, board->lanes[0], "X B E D Y");
  assert_cell (board, 0, board->lanes[0], "A C");
  assert_cell (board, 1, board->lanes[1], "");

  /* Within their own cell, around a card that stays. */
  move_and_check (board, picked, 3, 2, board->lanes[0], 0);
  assert_cell (board, 2, board->lanes[0], "B E D X Y");
}

static void
test_move_one_step (Board         *board,
                    gconstpointer  data)
{
  TandemObject *cards[2];
  g_autofree char *before = NULL;
  g_autofree char *after_add = NULL;

  cards[0] = add (board, 0, 0, "A");
  before = board_state (board);
  cards[1] = add (board, 0, 1, "B");
  after_add = board_state (board);

  g_assert_true (tandem_board_move_cards (board->ws, cards, 2, board->columns[1], board->lanes[1],
                                          0, NULL));
  g_assert_cmpstr (tandem_workspace_get_undo_label (board->ws), ==, "Move cards");
  /* One undo reverts both cards, the next reverts the addition before. */
  g_assert_true (tandem_workspace_undo (board->ws));
  {
    g_autofree char *state = board_state (board);
    g_assert_cmpstr (state, ==, after_add);
  }
  g_assert_true (tandem_workspace_undo (board->ws));
  {
    g_autofree char *state = board_state (board);
    g_assert_cmpstr (state, ==, before);
  }
}

static void
test_move_duplicate_ranks (Board         *board,
                           gconstpointer  data)
{
  TandemObject *a = add (board, 0, 0, "A");
  TandemObject *b = add (board, 0, 0, "B");
  TandemObject *c = add (board, 0, 0, "C");

  /* A merge can leave two cards with the same rank: no rank fits between. */
  tandem_workspace_set (board->ws, b, "rank", tandem_object_get_string (a, "rank"), NULL);
  move_and_check (board, &c, 1, 0, board->lanes[0], 1);
  {
    g_autofree char *titles = cell_titles (board, board->columns[0], board->lanes[0]);
    g_autoptr(GPtrArray) cell = tandem_board_list_cell (board->ws, board->columns[0], board->lanes[0]);

    g_assert_cmpuint (cell->len, ==, 3);
    g_assert_true (g_ptr_array_index (cell, 1) == c);
    for (guint i = 1; i < cell->len; i++)
      g_assert_cmpstr (tandem_object_get_string (g_ptr_array_index (cell, i - 1), "rank"), <,
                       tandem_object_get_string (g_ptr_array_index (cell, i), "rank"));
    g_assert_nonnull (titles);
  }
}

static void
test_move_gone (Board         *board,
                gconstpointer  data)
{
  TandemObject *a = add (board, 0, 0, "A");
  g_autoptr(TandemObject) column = g_object_ref (board->columns[2]);
  g_autoptr(GError) error = NULL;

  g_assert_true (tandem_board_remove_column (board->ws, column, NULL, NULL));
  g_assert_false (tandem_board_move_cards (board->ws, &a, 1, column, NULL, 0, &error));
  g_assert_error (error, TANDEM_WORKSPACE_ERROR, TANDEM_WORKSPACE_ERROR_NOT_FOUND);
  assert_cell (board, 0, board->lanes[0], "A");
}

static char *
ranked_titles (TandemCollection *collection)
{
  g_autoptr(GPtrArray) ranked = tandem_board_list_ranked (collection);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < ranked->len; i++)
    g_string_append_printf (out, "%s%s", i ? " " : "",
                            tandem_object_get_string (g_ptr_array_index (ranked, i), "title"));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_reorder (Board         *board,
              gconstpointer  data)
{
  g_autofree char *columns = NULL;
  g_autofree char *lanes = NULL;
  g_autofree char *undone = NULL;

  g_assert_true (tandem_board_move_ranked (board->ws, board->columns[2], 0, NULL));
  columns = ranked_titles (tandem_workspace_get_columns (board->ws));
  g_assert_cmpstr (columns, ==, "Later Now Next");
  g_assert_true (tandem_board_move_ranked (board->ws, board->lanes[0], 2, NULL));
  lanes = ranked_titles (tandem_workspace_get_lanes (board->ws));
  g_assert_cmpstr (lanes, ==, "Web Mobile");

  g_assert_true (tandem_workspace_undo (board->ws));
  g_assert_true (tandem_workspace_undo (board->ws));
  undone = ranked_titles (tandem_workspace_get_columns (board->ws));
  g_assert_cmpstr (undone, ==, "Now Next Later");
}

static void
test_remove_column (Board         *board,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;

  add (board, 1, 0, "A");
  add (board, 1, 1, "B");
  add (board, 2, 0, "X");
  before = board_state (board);

  /* A column with cards needs somewhere for them. */
  g_assert_false (tandem_board_remove_column (board->ws, board->columns[1], NULL, &error));
  g_assert_error (error, TANDEM_WORKSPACE_ERROR, TANDEM_WORKSPACE_ERROR_IN_USE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_columns (board->ws))), ==, 3);

  g_assert_true (tandem_board_remove_column (board->ws, board->columns[1], board->columns[2], NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_columns (board->ws))), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_cards (board->ws))), ==, 3);
  assert_cell (board, 2, board->lanes[0], "X A");
  assert_cell (board, 2, board->lanes[1], "B");

  g_assert_true (tandem_workspace_undo (board->ws));
  {
    g_autofree char *state = board_state (board);
    g_assert_cmpstr (state, ==, before);
  }
}

static void
test_remove_lane (Board         *board,
                  gconstpointer  data)
{
  add (board, 0, 0, "A");
  add (board, 0, 1, "B");

  g_assert_true (tandem_board_remove_lane (board->ws, board->lanes[0], board->lanes[1], NULL));
  assert_cell (board, 0, board->lanes[1], "B A");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_lanes (board->ws))), ==, 1);
  g_assert_true (tandem_workspace_undo (board->ws));
  assert_cell (board, 0, board->lanes[0], "A");
  assert_cell (board, 0, board->lanes[1], "B");
}

static void
test_sort_by_score (Board         *board,
                    gconstpointer  data)
{
  TandemObject *low = add (board, 0, 0, "Low");
  TandemObject *high = add (board, 0, 0, "High");
  TandemObject *mid = add (board, 0, 0, "Mid");
  TandemObject *other = add (board, 0, 1, "Zero");

  tandem_workspace_set (board->ws, low, "reach", 10, "impact", 1.0, "confidence", 100, "effort", 1.0, NULL);
  tandem_workspace_set (board->ws, high, "reach", 1000, "impact", 2.0, "confidence", 80, "effort", 2.0, NULL);
  tandem_workspace_set (board->ws, mid, "reach", 100, "impact", 1.0, "confidence", 50, "effort", 1.0, NULL);
  g_assert_cmpfloat (tandem_card_get_score (TANDEM_CARD (high)), ==, 800.0);
  g_assert_nonnull (other);

  g_assert_true (tandem_board_sort_by_score (board->ws, board->columns[0], NULL));
  assert_cell (board, 0, board->lanes[0], "High Mid Low");
  assert_cell (board, 0, board->lanes[1], "Zero");
  g_assert_cmpstr (tandem_workspace_get_undo_label (board->ws), ==, "Sort by score");
  g_assert_true (tandem_workspace_undo (board->ws));
  assert_cell (board, 0, board->lanes[0], "Low High Mid");
}

static void
test_presets (Board         *board,
              gconstpointer  data)
{
  GDate today;
  g_autofree char *quarters = NULL;
  g_autofree char *back = NULL;
  TandemObject *a;

  a = add (board, 2, 0, "A");
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, G_DATE_NOVEMBER, 2026);

  g_assert_true (tandem_board_apply_preset (board->ws, TANDEM_BOARD_PRESET_QUARTERS, &today, NULL));
  quarters = ranked_titles (tandem_workspace_get_columns (board->ws));
  g_assert_cmpstr (quarters, ==, "Q1 2027 Q2 2027 Q3 2027 Q4 2027");

  /* Back to three columns: the fourth goes, and nothing is lost. */
  tandem_board_move_cards (board->ws, &a, 1, nth_ranked (tandem_workspace_get_columns (board->ws), 3),
                           NULL, 0, NULL);
  g_assert_true (tandem_board_apply_preset (board->ws, TANDEM_BOARD_PRESET_NOW_NEXT_LATER, NULL, NULL));
  back = ranked_titles (tandem_workspace_get_columns (board->ws));
  g_assert_cmpstr (back, ==, "Now Next Later");
  g_assert_cmpstr (tandem_object_get_string (a, "column"), ==,
                   tandem_object_get_id (nth_ranked (tandem_workspace_get_columns (board->ws), 2)));
  g_assert_true (tandem_workspace_undo (board->ws));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tandem_workspace_get_columns (board->ws))), ==, 4);
}

static void
test_add_card (Board         *board,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  add (board, 1, 1, "First");
  add (board, 1, 1, "Second");
  assert_cell (board, 1, board->lanes[1], "First Second");
  g_assert_null (tandem_board_add_card (board->ws, board->columns[1], NULL, "   ", &error));
  g_assert_error (error, TANDEM_WORKSPACE_ERROR, TANDEM_WORKSPACE_ERROR_INVALID);
  g_assert_true (tandem_workspace_undo (board->ws));
  assert_cell (board, 1, board->lanes[1], "First");
}

typedef struct
{
  guint position;
  guint removed;
  guint added;
  guint count;
} ItemsChanged;

static void
items_changed_cb (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *record)
{
  record->position = position;
  record->removed = removed;
  record->added = added;
  record->count++;
}

static char *
model_titles (GListModel *model)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TandemObject) card = g_list_model_get_item (model, i);

      g_string_append_printf (out, "%s%s", i ? " " : "", tandem_object_get_string (card, "title"));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_model (TandemCellModel *cell,
              const char      *expected)
{
  g_autofree char *titles = model_titles (G_LIST_MODEL (cell));

  g_assert_cmpstr (titles, ==, expected);
}

static void
test_model_follows (Board         *board,
                    gconstpointer  data)
{
  g_autoptr(TandemBoardModel) model = NULL;
  TandemCellModel *source;
  TandemCellModel *target;
  ItemsChanged source_changes = { 0 };
  TandemObject *b;

  add (board, 0, 0, "A");
  b = add (board, 0, 0, "B");
  add (board, 1, 0, "X");

  model = tandem_board_model_new (board->ws);
  source = tandem_board_model_get_cell (model, board->columns[0], board->lanes[0]);
  target = tandem_board_model_get_cell (model, board->columns[1], board->lanes[0]);
  assert_model (source, "A B");
  assert_model (target, "X");
  g_assert_true (tandem_board_model_get_cell_of (model, b) == source);

  g_signal_connect (source, "items-changed", G_CALLBACK (items_changed_cb), &source_changes);
  tandem_board_move_cards (board->ws, &b, 1, board->columns[1], board->lanes[0], 0, NULL);
  assert_model (source, "A");
  assert_model (target, "B X");
  /* Exactly one removal in the source cell. */
  g_assert_cmpuint (source_changes.count, ==, 1);
  g_assert_cmpuint (source_changes.position, ==, 1);
  g_assert_cmpuint (source_changes.removed, ==, 1);

  tandem_workspace_undo (board->ws);
  assert_model (source, "A B");
  assert_model (target, "X");

  /* The model's move reads the destination from its cells: same result. */
  g_assert_true (tandem_board_model_move_cards (model, &b, 1, board->columns[1], board->lanes[0], 1, NULL));
  assert_model (target, "X B");
  assert_model (source, "A");
  tandem_workspace_undo (board->ws);
  assert_model (source, "A B");

  add (board, 1, 0, "Y");
  assert_model (target, "X Y");
  tandem_workspace_undo (board->ws);
  assert_model (target, "X");

  /* A move within a cell is one change over the places between, leaving
   * the cards before and after it untouched; so is its undo. */
  add (board, 0, 0, "C");
  add (board, 0, 0, "D");
  assert_model (source, "A B C D");
  source_changes = (ItemsChanged) { 0 };
  g_assert_true (tandem_board_model_move_cards (model, &b, 1, board->columns[0], board->lanes[0], 4, NULL));
  assert_model (source, "A C D B");
  g_assert_cmpuint (source_changes.count, ==, 1);
  g_assert_cmpuint (source_changes.position, ==, 1);
  g_assert_cmpuint (source_changes.removed, ==, 3);
  g_assert_cmpuint (source_changes.added, ==, 3);
  source_changes = (ItemsChanged) { 0 };
  tandem_workspace_undo (board->ws);
  assert_model (source, "A B C D");
  g_assert_cmpuint (source_changes.count, ==, 1);
  g_assert_cmpuint (source_changes.position, ==, 1);
  g_assert_cmpuint (source_changes.removed, ==, 3);
  g_assert_cmpuint (source_changes.added, ==, 3);
  g_signal_handlers_disconnect_by_data (source, &source_changes);
  g_assert_finalize_object (g_steal_pointer (&model));
}

static void
evidence_changed_cb (TandemBoardModel *model,
                     TandemObject     *card,
                     guint            *count)
{
  (*count)++;
}

static void
test_model_evidence (Board         *board,
                     gconstpointer  data)
{
  g_autoptr(TandemBoardModel) model = NULL;
  TandemObject *a = add (board, 0, 0, "A");
  TandemObject *b = add (board, 0, 0, "B");
  TandemObject *interview;
  TandemObject *highlight;
  guint signals = 0;

  interview = tandem_workspace_create (board->ws, TANDEM_TYPE_INTERVIEW, NULL, "customer", "Ana", NULL);
  tandem_workspace_create (board->ws, TANDEM_TYPE_HIGHLIGHT, interview, "quote", "One",
                           "card", tandem_object_get_id (a), NULL);
  model = tandem_board_model_new (board->ws);
  g_signal_connect (model, "evidence-changed", G_CALLBACK (evidence_changed_cb), &signals);
  g_assert_cmpuint (tandem_board_model_get_evidence_count (model, a), ==, 1);
  g_assert_cmpuint (tandem_board_count_evidence (board->ws, a), ==, 1);

  highlight = tandem_workspace_create (board->ws, TANDEM_TYPE_HIGHLIGHT, interview, "quote", "Two",
                                       "card", tandem_object_get_id (a), NULL);
  g_assert_cmpuint (tandem_board_model_get_evidence_count (model, a), ==, 2);
  g_assert_cmpuint (signals, ==, 1);

  tandem_workspace_set (board->ws, highlight, "card", tandem_object_get_id (b), NULL);
  g_assert_cmpuint (tandem_board_model_get_evidence_count (model, a), ==, 1);
  g_assert_cmpuint (tandem_board_model_get_evidence_count (model, b), ==, 1);
  g_assert_cmpuint (tandem_board_count_evidence (board->ws, b), ==, 1);

  /* Removing the interview takes its highlights with it. */
  tandem_workspace_remove (board->ws, interview, NULL);
  g_assert_cmpuint (tandem_board_model_get_evidence_count (model, a), ==, 0);
  g_assert_cmpuint (tandem_board_model_get_evidence_count (model, b), ==, 0);
  tandem_workspace_undo (board->ws);
  g_assert_cmpuint (tandem_board_model_get_evidence_count (model, a), ==, 1);
  g_assert_cmpuint (tandem_board_model_get_evidence_count (model, b), ==, 1);
  g_signal_handlers_disconnect_by_data (model, &signals);
  g_assert_finalize_object (g_steal_pointer (&model));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/core/board/" path, Board, NULL, board_setup, func, board_teardown)
  ADD ("move/within-column", test_move_within_column);
  ADD ("move/to-column", test_move_to_column);
  ADD ("move/to-lane", test_move_to_lane);
  ADD ("move/to-empty", test_move_to_empty);
  ADD ("move/many", test_move_many);
  ADD ("move/one-step", test_move_one_step);
  ADD ("move/duplicate-ranks", test_move_duplicate_ranks);
  ADD ("move/gone", test_move_gone);
  ADD ("reorder", test_reorder);
  ADD ("remove-column", test_remove_column);
  ADD ("remove-lane", test_remove_lane);
  ADD ("sort-by-score", test_sort_by_score);
  ADD ("presets", test_presets);
  ADD ("add-card", test_add_card);
  ADD ("model/follows", test_model_follows);
  ADD ("model/evidence", test_model_evidence);
#undef ADD

  return g_test_run ();
}
