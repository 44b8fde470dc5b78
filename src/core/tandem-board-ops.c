/* tandem-board-ops.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-board-ops"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tandem-board-ops-private.h"
#include "tandem-card.h"
#include "tandem-column.h"
#include "tandem-highlight.h"
#include "tandem-lane.h"
#include "tandem-rank.h"

/* Edits of the roadmap board: moving cards between cells (a column and a
 * lane) and positions, reordering columns and lanes, and the operations that
 * move many cards at once.  Each is one undo step, made of ordinary field
 * edits through the workspace, so undo, merge and "modified by" see nothing
 * special.  Positions are fractional ranks: a move rewrites the ranks of the
 * moved cards only, unless the neighbours' ranks leave no room (duplicates
 * from a merge), in which case the destination cell is renumbered. */

static const char *
rank_of (TandemObject *object)
{
  return tandem_object_get_string (object, "rank");
}

/**
 * tandem_board_compare_ranked:
 *
 * Orders two cards, columns or lanes by rank, then by id, as the board shows them.
 *
 * Returns: negative, zero or positive, as strcmp() does.
 */
int
tandem_board_compare_ranked (TandemObject *a,
                             TandemObject *b)
{
  int cmp = g_strcmp0 (rank_of (a), rank_of (b));

  if (cmp != 0)
    return cmp;
  return g_strcmp0 (tandem_object_get_id (a), tandem_object_get_id (b));
}

static int
compare_ranked_ptr (gconstpointer a,
                    gconstpointer b)
{
  return tandem_board_compare_ranked (*(TandemObject **) a, *(TandemObject **) b);
}

/**
 * tandem_board_list_ranked:
 * @collection: the columns, the lanes or the cards
 *
 * Returns: (transfer container) (element-type TandemObject): the objects in
 *   board order (rank, then id).
 */
GPtrArray *
tandem_board_list_ranked (TandemCollection *collection)
{
  GListModel *model = G_LIST_MODEL (collection);
  guint n = g_list_model_get_n_items (model);
  GPtrArray *out = g_ptr_array_new_full (n, g_object_unref);

  g_return_val_if_fail (TANDEM_IS_COLLECTION (collection), out);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (out, g_list_model_get_item (model, i));
  g_ptr_array_sort (out, compare_ranked_ptr);
  return out;
}

static gboolean
in_cell (TandemObject *card,
         TandemObject *column,
         TandemObject *lane)
{
  return g_strcmp0 (tandem_object_get_string (card, "column"), tandem_object_get_id (column)) == 0 &&
         g_strcmp0 (tandem_object_get_string (card, "lane"),
                    lane != NULL ? tandem_object_get_id (lane) : NULL) == 0;
}

/**
 * tandem_board_list_cell:
 * @column: a column of @workspace
 * @lane: (nullable): a lane, or %NULL for the cards without a lane
 *
 * Returns: (transfer container) (element-type TandemCard): the cards of one
 *   cell of the board, in board order.
 */
GPtrArray *
tandem_board_list_cell (TandemWorkspace *workspace,
                        TandemObject    *column,
                        TandemObject    *lane)
{
  GListModel *cards;
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), out);
  g_return_val_if_fail (TANDEM_IS_COLUMN (column), out);
  g_return_val_if_fail (lane == NULL || TANDEM_IS_LANE (lane), out);

  cards = G_LIST_MODEL (tandem_workspace_get_cards (workspace));
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      TandemObject *card = g_list_model_get_item (cards, i);

      if (in_cell (card, column, lane))
        g_ptr_array_add (out, card);
      else
        g_object_unref (card);
    }
  g_ptr_array_sort (out, compare_ranked_ptr);
  return out;
}

/**
 * tandem_board_count_evidence:
 * @card: a card of @workspace
 *
 * Returns: how many interview highlights are linked to @card.
 */
guint
tandem_board_count_evidence (TandemWorkspace *workspace,
                             TandemObject    *card)
{
  GListModel *interviews;
  const char *id;
  guint count = 0;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), 0);
  g_return_val_if_fail (TANDEM_IS_CARD (card), 0);

  id = tandem_object_get_id (card);
  interviews = G_LIST_MODEL (tandem_workspace_get_interviews (workspace));
  for (guint i = 0; i < g_list_model_get_n_items (interviews); i++)
    {
      g_autoptr(TandemObject) interview = g_list_model_get_item (interviews, i);
      GListModel *highlights = G_LIST_MODEL (tandem_object_get_children (interview));

      for (guint j = 0; highlights != NULL && j < g_list_model_get_n_items (highlights); j++)
        {
          g_autoptr(TandemObject) highlight = g_list_model_get_item (highlights, j);

          if (g_strcmp0 (tandem_object_get_string (highlight, "card"), id) == 0)
            count++;
        }
    }
  return count;
}

/**
 * tandem_board_quarter_titles:
 * @today: the day to count from
 * @n: how many quarters
 *
 * Returns: (transfer full): the titles of the quarters that follow the one
 *   @today is in, such as "Q3 2027".
 */
char **
tandem_board_quarter_titles (GDate *today,
                             guint  n)
{
  char **out = g_new0 (char *, n + 1);
  int year;
  int quarter;

  g_return_val_if_fail (today != NULL && g_date_valid (today), out);

  year = g_date_get_year (today);
  quarter = (g_date_get_month (today) - 1) / 3 + 1;
  for (guint i = 0; i < n; i++)
    {
      if (++quarter > 4)
        {
          quarter = 1;
          year++;
        }
      /* Translators: a column title for a quarter, e.g. "Q3 2027". */
      out[i] = g_strdup_printf (_("Q%d %d"), quarter, year);
    }
  return out;
}

static int
compare_board_order (gconstpointer pa,
                     gconstpointer pb,
                     gpointer      user_data)
{
  TandemWorkspace *workspace = user_data;
  TandemObject *a = *(TandemObject **) pa;
  TandemObject *b = *(TandemObject **) pb;
  TandemObject *ca = tandem_workspace_lookup (workspace, tandem_object_get_string (a, "column"));
  TandemObject *cb = tandem_workspace_lookup (workspace, tandem_object_get_string (b, "column"));
  TandemObject *la = tandem_workspace_lookup (workspace, tandem_object_get_string (a, "lane"));
  TandemObject *lb = tandem_workspace_lookup (workspace, tandem_object_get_string (b, "lane"));
  int cmp;

  if (ca != cb && ca != NULL && cb != NULL && (cmp = tandem_board_compare_ranked (ca, cb)) != 0)
    return cmp;
  if (la != lb)
    {
      /* Cards without a lane come after every lane. */
      if (la == NULL || lb == NULL)
        return la == NULL ? 1 : -1;
      if ((cmp = tandem_board_compare_ranked (la, lb)) != 0)
        return cmp;
    }
  return tandem_board_compare_ranked (a, b);
}

/* Gives every card of @cell the ranks of its order, rewriting only those
 * that change. */
static void
renumber (TandemWorkspace *workspace,
          GPtrArray       *cell)
{
  g_auto(GStrv) ranks = tandem_rank_sequence (NULL, NULL, cell->len);

  for (guint i = 0; i < cell->len; i++)
    if (g_strcmp0 (rank_of (g_ptr_array_index (cell, i)), ranks[i]) != 0)
      tandem_workspace_set (workspace, g_ptr_array_index (cell, i), "rank", ranks[i], NULL);
}

/**
 * tandem_board_move_cards:
 * @cards: (array length=n_cards): cards of @workspace, from any cells
 * @column: the destination column
 * @lane: (nullable): the destination lane, or %NULL for no lane
 * @position: where they land: an index into the destination cell as it is
 *   before the move (0 is the top, its length or more is the bottom), that is
 *   the gap a drop indicator points at
 *
 * Moves @cards, in their board order, into one cell at one position, as one
 * undo step.  Moved cards that are already in the destination cell are
 * skipped when counting the neighbours, so dropping a card where it is
 * changes nothing.
 *
 * Returns: %FALSE, with @error set, when the destination is not in the
 *   workspace.
 */
gboolean
tandem_board_move_cards (TandemWorkspace  *workspace,
                         TandemObject    **cards,
                         guint             n_cards,
                         TandemObject     *column,
                         TandemObject     *lane,
                         guint             position,
                         GError          **error)
{
  return _tandem_board_move_cards_in (workspace, NULL, cards, n_cards, column, lane, position, error);
}

/* As tandem_board_move_cards(), with the destination cell's cards in board
 * order when the caller has them (the board model does), which saves a scan
 * of every card. */
gboolean
_tandem_board_move_cards_in (TandemWorkspace  *workspace,
                             GListModel       *destination,
                             TandemObject    **cards,
                             guint             n_cards,
                             TandemObject     *column,
                             TandemObject     *lane,
                             guint             position,
                             GError          **error)
{
  g_autoptr(GPtrArray) moved = NULL;
  g_autoptr(GPtrArray) cell = NULL;
  g_autoptr(GPtrArray) result = NULL;
  g_autoptr(GHashTable) moving = NULL;
  g_auto(GStrv) ranks = NULL;
  TandemObject *before = NULL;
  TandemObject *after = NULL;
  const char *lane_id;
  guint insert_at;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (cards != NULL || n_cards == 0, FALSE);
  g_return_val_if_fail (TANDEM_IS_COLUMN (column), FALSE);
  g_return_val_if_fail (lane == NULL || TANDEM_IS_LANE (lane), FALSE);

  if (tandem_workspace_lookup (workspace, tandem_object_get_id (column)) != column ||
      (lane != NULL && tandem_workspace_lookup (workspace, tandem_object_get_id (lane)) != lane))
    {
      g_set_error (error, TANDEM_WORKSPACE_ERROR, TANDEM_WORKSPACE_ERROR_NOT_FOUND,
                   _("The column or lane is no longer in this workspace"));
      return FALSE;
    }
  if (n_cards == 0)
    return TRUE;

  moving = g_hash_table_new (NULL, NULL);
  moved = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_cards; i++)
    {
      g_return_val_if_fail (TANDEM_IS_CARD (cards[i]), FALSE);
      if (tandem_workspace_lookup (workspace, tandem_object_get_id (cards[i])) != cards[i])
        {
          g_set_error (error, TANDEM_WORKSPACE_ERROR, TANDEM_WORKSPACE_ERROR_NOT_FOUND,
                       _("The card is no longer in this workspace"));
          return FALSE;
        }
      if (g_hash_table_add (moving, cards[i]))
        g_ptr_array_add (moved, g_object_ref (cards[i]));
    }
  g_ptr_array_sort_with_data (moved, compare_board_order, workspace);

  /* The neighbours: the nearest cards on either side of the gap that stay. */
  if (destination != NULL)
    {
      guint n = g_list_model_get_n_items (destination);

      cell = g_ptr_array_new_full (n, g_object_unref);
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (cell, g_list_model_get_item (destination, i));
    }
  else
    cell = tandem_board_list_cell (workspace, column, lane);
  result = g_ptr_array_new ();
  insert_at = 0;
  for (guint i = 0; i < cell->len; i++)
    {
      TandemObject *card = g_ptr_array_index (cell, i);

      if (g_hash_table_contains (moving, card))
        continue;
      if (i < position)
        {
          before = card;
          insert_at = result->len + 1;
        }
      else if (after == NULL)
        after = card;
      g_ptr_array_add (result, card);
    }
  for (guint i = 0; i < moved->len; i++)
    g_ptr_array_insert (result, insert_at + i, g_ptr_array_index (moved, i));

  if (before == NULL || after == NULL || strcmp (rank_of (before), rank_of (after)) < 0)
    ranks = tandem_rank_sequence (before != NULL ? rank_of (before) : NULL,
                                  after != NULL ? rank_of (after) : NULL, moved->len);

  lane_id = lane != NULL ? tandem_object_get_id (lane) : NULL;
  tandem_workspace_begin_group (workspace, g_dngettext (GETTEXT_PACKAGE, "Move card",
                                                        "Move cards", moved->len));
  for (guint i = 0; i < moved->len; i++)
    {
      TandemObject *card = g_ptr_array_index (moved, i);

      if (ranks != NULL)
        tandem_workspace_set (workspace, card, "column", tandem_object_get_id (column),
                              "lane", lane_id, "rank", ranks[i], NULL);
      else
        tandem_workspace_set (workspace, card, "column", tandem_object_get_id (column),
                              "lane", lane_id, NULL);
    }
  /* The neighbours' ranks left no room between them: renumber the cell. */
  if (ranks == NULL)
    renumber (workspace, result);
  tandem_workspace_end_group (workspace);
  return TRUE;
}

/**
 * tandem_board_move_ranked:
 * @object: a column or a lane
 * @position: its new place, as an index into the columns (or lanes) in
 *   board order before the move
 *
 * Reorders a column or a lane as one undo step.
 *
 * Returns: %FALSE, with @error set, when @object is not a column or lane of
 *   @workspace.
 */
gboolean
tandem_board_move_ranked (TandemWorkspace *workspace,
                          TandemObject    *object,
                          guint            position,
                          GError         **error)
{
  g_autoptr(GPtrArray) siblings = NULL;
  g_autoptr(GPtrArray) result = NULL;
  g_autofree char *rank = NULL;
  TandemObject *before = NULL;
  TandemObject *after = NULL;
  guint insert_at = 0;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (TANDEM_IS_COLUMN (object) || TANDEM_IS_LANE (object), FALSE);

  if (tandem_workspace_lookup (workspace, tandem_object_get_id (object)) != object)
    {
      g_set_error (error, TANDEM_WORKSPACE_ERROR, TANDEM_WORKSPACE_ERROR_NOT_FOUND,
                   _("The %s is no longer in this workspace"), tandem_object_get_kind (object));
      return FALSE;
    }

  siblings = tandem_board_list_ranked (TANDEM_IS_COLUMN (object)
                                         ? tandem_workspace_get_columns (workspace)
                                         : tandem_workspace_get_lanes (workspace));
  result = g_ptr_array_new ();
  for (guint i = 0; i < siblings->len; i++)
    {
      TandemObject *sibling = g_ptr_array_index (siblings, i);

      if (sibling == object)
        continue;
      if (i < position)
        {
          before = sibling;
          insert_at = result->len + 1;
        }
      else if (after == NULL)
        after = sibling;
      g_ptr_array_add (result, sibling);
    }
  g_ptr_array_insert (result, insert_at, object);

  if (before == NULL || after == NULL || strcmp (rank_of (before), rank_of (after)) < 0)
    rank = tandem_rank_between (before != NULL ? rank_of (before) : NULL,
                                after != NULL ? rank_of (after) : NULL);

  tandem_workspace_begin_group (workspace, TANDEM_IS_COLUMN (object) ? _("Move column")
                                                                     : _("Move lane"));
  if (rank != NULL)
    tandem_workspace_set (workspace, object, "rank", rank, NULL);
  else
    renumber (workspace, result);
  tandem_workspace_end_group (workspace);
  return TRUE;
}

static gpointer
copy_ref (gconstpointer object,
          gpointer      user_data)
{
  return g_object_ref ((gpointer) object);
}

static int
compare_score (gconstpointer pa,
               gconstpointer pb)
{
  double a = tandem_card_get_score (*(TandemCard **) pa);
  double b = tandem_card_get_score (*(TandemCard **) pb);

  /* Highest first; g_ptr_array_sort() is stable for equal scores. */
  return (a < b) - (a > b);
}

static void
unref_nullable (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

/* The lanes of the board, then %NULL for the cards without a lane. */
static GPtrArray *
list_lanes_and_none (TandemWorkspace *workspace)
{
  GPtrArray *lanes = tandem_board_list_ranked (tandem_workspace_get_lanes (workspace));

  g_ptr_array_set_free_func (lanes, unref_nullable);
  g_ptr_array_add (lanes, NULL);
  return lanes;
}

/**
 * tandem_board_sort_by_score:
 * @column: a column of @workspace
 *
 * Orders the cards of each cell of @column by RICE score, highest first, as
 * one undo step.  Cards of equal score keep their order.
 *
 * Returns: %FALSE, with @error set, when @column is not in @workspace.
 */
gboolean
tandem_board_sort_by_score (TandemWorkspace *workspace,
                            TandemObject    *column,
                            GError         **error)
{
  g_autoptr(GPtrArray) lanes = NULL;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (TANDEM_IS_COLUMN (column), FALSE);

  if (tandem_workspace_lookup (workspace, tandem_object_get_id (column)) != column)
    {
      g_set_error (error, TANDEM_WORKSPACE_ERROR, TANDEM_WORKSPACE_ERROR_NOT_FOUND,
                   _("The column is no longer in this workspace"));
      return FALSE;
    }

  lanes = list_lanes_and_none (workspace);
  tandem_workspace_begin_group (workspace, _("Sort by score"));
  for (guint i = 0; i < lanes->len; i++)
    {
      g_autoptr(GPtrArray) cell = tandem_board_list_cell (workspace, column,
                                                          g_ptr_array_index (lanes, i));
      g_autoptr(GPtrArray) sorted = g_ptr_array_copy (cell, copy_ref, NULL);
      gboolean changed = FALSE;

      g_ptr_array_sort (sorted, compare_score);
      for (guint j = 0; j < sorted->len && !changed; j++)
        changed = g_ptr_array_index (sorted, j) != g_ptr_array_index (cell, j);
      if (!changed)
        continue;

      /* Keep the ranks the cell already uses, in their order, when they are
       * distinct: the sort then rewrites no more than it must. */
      {
        g_autoptr(GPtrArray) ranks = g_ptr_array_new_with_free_func (g_free);
        gboolean distinct = TRUE;

        for (guint j = 0; j < cell->len; j++)
          {
            g_ptr_array_add (ranks, g_strdup (rank_of (g_ptr_array_index (cell, j))));
            if (j > 0 && strcmp (g_ptr_array_index (ranks, j - 1), g_ptr_array_index (ranks, j)) >= 0)
              distinct = FALSE;
          }
        if (!distinct)
          {
            renumber (workspace, sorted);
            continue;
          }
        for (guint j = 0; j < sorted->len; j++)
          tandem_workspace_set (workspace, g_ptr_array_index (sorted, j),
                                "rank", g_ptr_array_index (ranks, j), NULL);
      }
    }
  tandem_workspace_end_group (workspace);
  return TRUE;
}

static char *
rank_after_last (TandemCollection *collection)
{
  g_autoptr(GPtrArray) ranked = tandem_board_list_ranked (collection);

  if (ranked->len == 0)
    return tandem_rank_between (NULL, NULL);
  return tandem_rank_between (rank_of (g_ptr_array_index (ranked, ranked->len - 1)), NULL);
}

/**
 * tandem_board_add_card:
 * @column: a column of @workspace
 * @lane: (nullable): a lane, or %NULL
 * @title: the title of the new card
 *
 * Creates a card at the bottom of a cell as one undo step.
 *
 * Returns: (transfer none) (nullable): the new card, or %NULL with @error set.
 */
TandemObject *
tandem_board_add_card (TandemWorkspace *workspace,
                       TandemObject    *column,
                       TandemObject    *lane,
                       const char      *title,
                       GError         **error)
{
  g_autoptr(GPtrArray) cell = NULL;
  g_autoptr(TandemCard) card = NULL;
  g_autofree char *rank = NULL;
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (TANDEM_IS_COLUMN (column), NULL);
  g_return_val_if_fail (lane == NULL || TANDEM_IS_LANE (lane), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  trimmed = g_strstrip (g_strdup (title));
  if (trimmed[0] == '\0')
    {
      g_set_error (error, TANDEM_WORKSPACE_ERROR, TANDEM_WORKSPACE_ERROR_INVALID,
                   _("A card needs a title"));
      return NULL;
    }

  cell = tandem_board_list_cell (workspace, column, lane);
  rank = tandem_rank_between (cell->len > 0 ? rank_of (g_ptr_array_index (cell, cell->len - 1)) : NULL,
                              NULL);
  card = tandem_card_new ();
  tandem_object_set_detached (card, "title", trimmed, "column", tandem_object_get_id (column),
                              "lane", lane != NULL ? tandem_object_get_id (lane) : NULL,
                              "rank", rank, NULL);
  tandem_workspace_begin_group (workspace, _("Add card"));
  if (!tandem_workspace_add (workspace, NULL, card, error))
    {
      tandem_workspace_end_group (workspace);
      return NULL;
    }
  tandem_workspace_end_group (workspace);
  return TANDEM_OBJECT (card);
}

static TandemObject *
add_ranked (TandemWorkspace *workspace,
            GType            type,
            const char      *title,
            const char      *label,
            GError         **error)
{
  g_autoptr(TandemObject) object = g_object_new (type, NULL);
  g_autofree char *rank = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (title));

  if (trimmed[0] == '\0')
    {
      g_set_error (error, TANDEM_WORKSPACE_ERROR, TANDEM_WORKSPACE_ERROR_INVALID,
                   _("A title is needed"));
      return NULL;
    }
  rank = rank_after_last (type == TANDEM_TYPE_COLUMN ? tandem_workspace_get_columns (workspace)
                                                     : tandem_workspace_get_lanes (workspace));
  tandem_object_set_detached (object, "title", trimmed, "rank", rank, NULL);
  tandem_workspace_begin_group (workspace, label);
  if (!tandem_workspace_add (workspace, NULL, object, error))
    {
      tandem_workspace_end_group (workspace);
      return NULL;
    }
  tandem_workspace_end_group (workspace);
  return object;
}

/**
 * tandem_board_add_column:
 *
 * Adds a column on the right of the board as one undo step.
 *
 * Returns: (transfer none) (nullable): the new column, or %NULL with @error set.
 */
TandemObject *
tandem_board_add_column (TandemWorkspace *workspace,
                         const char      *title,
                         GError         **error)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  return add_ranked (workspace, TANDEM_TYPE_COLUMN, title, _("Add column"), error);
}

/**
 * tandem_board_add_lane:
 *
 * Adds a lane at the bottom of the board as one undo step.
 *
 * Returns: (transfer none) (nullable): the new lane, or %NULL with @error set.
 */
TandemObject *
tandem_board_add_lane (TandemWorkspace *workspace,
                       const char      *title,
                       GError         **error)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  return add_ranked (workspace, TANDEM_TYPE_LANE, title, _("Add lane"), error);
}

/* Moves every card of @column into @destination, at the bottom of the same lane. */
static gboolean
empty_column (TandemWorkspace *workspace,
              TandemObject    *column,
              TandemObject    *destination,
              GError         **error)
{
  g_autoptr(GPtrArray) lanes = list_lanes_and_none (workspace);

  for (guint i = 0; i < lanes->len; i++)
    {
      g_autoptr(GPtrArray) cell = tandem_board_list_cell (workspace, column,
                                                          g_ptr_array_index (lanes, i));

      if (cell->len > 0 &&
          !tandem_board_move_cards (workspace, (TandemObject **) cell->pdata, cell->len,
                                    destination, g_ptr_array_index (lanes, i), G_MAXUINT, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
column_is_empty (TandemWorkspace *workspace,
                 TandemObject    *column)
{
  GListModel *cards = G_LIST_MODEL (tandem_workspace_get_cards (workspace));

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(TandemObject) card = g_list_model_get_item (cards, i);

      if (g_strcmp0 (tandem_object_get_string (card, "column"), tandem_object_get_id (column)) == 0)
        return FALSE;
    }
  return TRUE;
}

/**
 * tandem_board_remove_column:
 * @column: a column of @workspace
 * @destination: (nullable): where its cards go (each stays in its lane, at
 *   the bottom); may be %NULL only when @column is empty
 *
 * Removes a column as one undo step; no card is lost.
 *
 * Returns: %FALSE, with @error set, when @column has cards and no other
 *   column was given for them.
 */
gboolean
tandem_board_remove_column (TandemWorkspace *workspace,
                            TandemObject    *column,
                            TandemObject    *destination,
                            GError         **error)
{
  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (TANDEM_IS_COLUMN (column), FALSE);
  g_return_val_if_fail (destination == NULL || TANDEM_IS_COLUMN (destination), FALSE);

  if (tandem_workspace_lookup (workspace, tandem_object_get_id (column)) != column ||
      (destination != NULL &&
       tandem_workspace_lookup (workspace, tandem_object_get_id (destination)) != destination))
    {
      g_set_error (error, TANDEM_WORKSPACE_ERROR, TANDEM_WORKSPACE_ERROR_NOT_FOUND,
                   _("The column is no longer in this workspace"));
      return FALSE;
    }
  /* Checked first: once the group is open, every step below succeeds. */
  if (destination == column || (destination == NULL && !column_is_empty (workspace, column)))
    {
      g_set_error (error, TANDEM_WORKSPACE_ERROR, TANDEM_WORKSPACE_ERROR_IN_USE,
                   _("The column has cards: choose another column for them"));
      return FALSE;
    }

  tandem_workspace_begin_group (workspace, _("Remove column"));
  if ((destination != NULL && !empty_column (workspace, column, destination, error)) ||
      !tandem_workspace_remove (workspace, column, error))
    {
      tandem_workspace_end_group (workspace);
      return FALSE;
    }
  tandem_workspace_end_group (workspace);
  return TRUE;
}

/**
 * tandem_board_remove_lane:
 * @lane: a lane of @workspace
 * @destination: (nullable): the lane its cards go to (at the bottom of the
 *   same column), or %NULL for no lane
 *
 * Removes a lane as one undo step; no card is lost.
 *
 * Returns: %FALSE, with @error set, when @lane is not in @workspace.
 */
gboolean
tandem_board_remove_lane (TandemWorkspace *workspace,
                          TandemObject    *lane,
                          TandemObject    *destination,
                          GError         **error)
{
  g_autoptr(GPtrArray) columns = NULL;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (TANDEM_IS_LANE (lane), FALSE);
  g_return_val_if_fail (destination == NULL || TANDEM_IS_LANE (destination), FALSE);
  g_return_val_if_fail (destination != lane, FALSE);

  if (tandem_workspace_lookup (workspace, tandem_object_get_id (lane)) != lane ||
      (destination != NULL &&
       tandem_workspace_lookup (workspace, tandem_object_get_id (destination)) != destination))
    {
      g_set_error (error, TANDEM_WORKSPACE_ERROR, TANDEM_WORKSPACE_ERROR_NOT_FOUND,
                   _("The lane is no longer in this workspace"));
      return FALSE;
    }

  columns = tandem_board_list_ranked (tandem_workspace_get_columns (workspace));
  tandem_workspace_begin_group (workspace, _("Remove lane"));
  for (guint i = 0; i < columns->len; i++)
    {
      g_autoptr(GPtrArray) cell = tandem_board_list_cell (workspace, g_ptr_array_index (columns, i),
                                                          lane);

      if (cell->len > 0 &&
          !tandem_board_move_cards (workspace, (TandemObject **) cell->pdata, cell->len,
                                    g_ptr_array_index (columns, i), destination, G_MAXUINT, error))
        {
          tandem_workspace_end_group (workspace);
          return FALSE;
        }
    }
  if (!tandem_workspace_remove (workspace, lane, error))
    {
      tandem_workspace_end_group (workspace);
      return FALSE;
    }
  tandem_workspace_end_group (workspace);
  return TRUE;
}

/**
 * tandem_board_apply_preset:
 * @preset: the columns wanted
 * @today: (nullable): the day the quarters count from, for
 *   %TANDEM_BOARD_PRESET_QUARTERS; %NULL for today
 *
 * Makes the columns those of @preset as one undo step: existing columns are
 * renamed in their order, missing ones added, and extra ones removed, their
 * cards moving to the last column of the preset.
 *
 * Returns: %FALSE, with @error set, when a column could not be removed.
 */
gboolean
tandem_board_apply_preset (TandemWorkspace   *workspace,
                           TandemBoardPreset  preset,
                           GDate             *today,
                           GError           **error)
{
  g_autoptr(GPtrArray) columns = NULL;
  g_auto(GStrv) titles = NULL;
  TandemObject *last = NULL;
  guint n_titles;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), FALSE);

  if (preset == TANDEM_BOARD_PRESET_QUARTERS)
    {
      GDate now;

      if (today == NULL)
        {
          g_date_clear (&now, 1);
          g_date_set_time_t (&now, time (NULL));
          today = &now;
        }
      titles = tandem_board_quarter_titles (today, 4);
    }
  else
    {
      titles = g_new0 (char *, 4);
      titles[0] = g_strdup (_("Now"));
      titles[1] = g_strdup (_("Next"));
      titles[2] = g_strdup (_("Later"));
    }
  n_titles = g_strv_length (titles);

  columns = tandem_board_list_ranked (tandem_workspace_get_columns (workspace));
  tandem_workspace_begin_group (workspace, _("Set columns"));
  for (guint i = 0; i < n_titles; i++)
    {
      if (i < columns->len)
        {
          last = g_ptr_array_index (columns, i);
          tandem_workspace_set (workspace, last, "title", titles[i], NULL);
        }
      else
        last = tandem_board_add_column (workspace, titles[i], NULL);
    }
  for (guint i = n_titles; i < columns->len; i++)
    {
      if (!tandem_board_remove_column (workspace, g_ptr_array_index (columns, i), last, error))
        {
          tandem_workspace_end_group (workspace);
          return FALSE;
        }
    }
  tandem_workspace_end_group (workspace);
  return TRUE;
}
