/* tandem-board-model.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-board-model"

#include "config.h"

#include "tandem-board-model.h"
#include "tandem-board-ops-private.h"
#include "tandem-card.h"
#include "tandem-cell-model-private.h"
#include "tandem-highlight.h"
#include "tandem-interview.h"

/* The board's view of the cards: one sorted list model per cell (column ×
 * lane), and how many interview highlights back each card.  It is built in
 * one pass when a workspace is shown and then follows the workspace's
 * "changed" signal, so a move touches two cells and nothing else: no
 * re-filtering or re-sorting of every card on every edit. */

typedef struct
{
  TandemCellModel *cell;   /* unowned: the cells table owns it */
  char            *rank;
} Placement;

struct _TandemBoardModel
{
  GObject          parent_instance;

  TandemWorkspace *workspace;
  GHashTable      *cells;           /* "column\nlane" → TandemCellModel */
  GHashTable      *placements;      /* TandemCard → Placement */
  GHashTable      *evidence;        /* card id → count */
  GHashTable      *highlight_cards; /* TandemHighlight → card id */
};

G_DEFINE_FINAL_TYPE (TandemBoardModel, tandem_board_model, G_TYPE_OBJECT)

enum {
  EVIDENCE_CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
placement_free (gpointer data)
{
  Placement *placement = data;

  g_free (placement->rank);
  g_free (placement);
}

static char *
cell_key (const char *column_id,
          const char *lane_id)
{
  return g_strconcat (column_id != NULL ? column_id : "", "\n", lane_id != NULL ? lane_id : "", NULL);
}

static TandemCellModel *
ensure_cell (TandemBoardModel *self,
             const char       *column_id,
             const char       *lane_id)
{
  g_autofree char *key = cell_key (column_id, lane_id);
  TandemCellModel *cell = g_hash_table_lookup (self->cells, key);

  if (cell == NULL)
    {
      cell = _tandem_cell_model_new (column_id, lane_id);
      g_hash_table_insert (self->cells, g_steal_pointer (&key), cell);
    }
  return cell;
}

static void
place_card (TandemBoardModel *self,
            TandemObject     *card,
            gboolean          bulk)
{
  Placement *placement = g_new0 (Placement, 1);

  placement->cell = ensure_cell (self, tandem_object_get_string (card, "column"),
                                 tandem_object_get_string (card, "lane"));
  placement->rank = g_strdup (tandem_object_get_string (card, "rank"));
  g_hash_table_insert (self->placements, card, placement);
  if (bulk)
    _tandem_cell_model_add (placement->cell, card, placement->rank);
  else
    _tandem_cell_model_insert (placement->cell, card, placement->rank);
}

static void
unplace_card (TandemBoardModel *self,
              TandemObject     *card)
{
  Placement *placement = g_hash_table_lookup (self->placements, card);

  if (placement == NULL)
    return;
  g_object_ref (card);
  _tandem_cell_model_remove (placement->cell, card, placement->rank);
  g_hash_table_remove (self->placements, card);
  g_object_unref (card);
}

/* A card whose column, lane or rank changed: a move within its cell is one
 * change of that cell, a move to another cell a removal and an insertion. */
static void
replace_card (TandemBoardModel *self,
              TandemObject     *card)
{
  Placement *placement = g_hash_table_lookup (self->placements, card);
  const char *rank = tandem_object_get_string (card, "rank");

  if (placement == NULL ||
      placement->cell != ensure_cell (self, tandem_object_get_string (card, "column"),
                                      tandem_object_get_string (card, "lane")))
    {
      unplace_card (self, card);
      place_card (self, card, FALSE);
      return;
    }
  _tandem_cell_model_rerank (placement->cell, card, placement->rank, rank);
  g_free (placement->rank);
  placement->rank = g_strdup (rank);
}

static void
emit_evidence_changed (TandemBoardModel *self,
                       const char       *card_id)
{
  TandemObject *card = tandem_workspace_lookup (self->workspace, card_id);

  if (card != NULL && TANDEM_IS_CARD (card))
    g_signal_emit (self, signals [EVIDENCE_CHANGED], 0, card);
}

static void
add_evidence (TandemBoardModel *self,
              const char       *card_id,
              int               delta)
{
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (self->evidence, card_id));

  count += delta;
  if (count == 0)
    g_hash_table_remove (self->evidence, card_id);
  else
    g_hash_table_insert (self->evidence, g_strdup (card_id), GUINT_TO_POINTER (count));
}

/* Brings the count of the card @highlight backs up to date; @present says
 * whether it is still in the workspace. */
static void
update_highlight (TandemBoardModel *self,
                  TandemObject     *highlight,
                  gboolean          present,
                  gboolean          notify)
{
  g_autofree char *old_id = NULL;
  const char *new_id = present ? tandem_object_get_string (highlight, "card") : NULL;

  old_id = g_strdup (g_hash_table_lookup (self->highlight_cards, highlight));
  if (g_strcmp0 (old_id, new_id) == 0)
    return;

  if (old_id != NULL)
    add_evidence (self, old_id, -1);
  if (new_id != NULL)
    {
      add_evidence (self, new_id, +1);
      g_hash_table_insert (self->highlight_cards, highlight, g_strdup (new_id));
    }
  else
    g_hash_table_remove (self->highlight_cards, highlight);

  if (notify)
    {
      if (old_id != NULL)
        emit_evidence_changed (self, old_id);
      if (new_id != NULL)
        emit_evidence_changed (self, new_id);
    }
}

static void
update_interview (TandemBoardModel *self,
                  TandemObject     *interview,
                  gboolean          notify)
{
  GListModel *highlights = G_LIST_MODEL (tandem_object_get_children (interview));
  gboolean present = tandem_object_get_parent (interview) != NULL;

  for (guint i = 0; highlights != NULL && i < g_list_model_get_n_items (highlights); i++)
    {
      g_autoptr(TandemObject) highlight = g_list_model_get_item (highlights, i);

      update_highlight (self, highlight, present, notify);
    }
}

static void
workspace_changed_cb (TandemBoardModel *self,
                      TandemObject     *object,
                      const char       *field,
                      TandemWorkspace  *workspace)
{
  if (TANDEM_IS_CARD (object))
    {
      gboolean present = tandem_object_get_parent (object) != NULL;

      if (field == NULL)
        {
          if (present && !g_hash_table_contains (self->placements, object))
            place_card (self, object, FALSE);
          else if (!present)
            unplace_card (self, object);
        }
      else if (present && (g_str_equal (field, "column") || g_str_equal (field, "lane") ||
                           g_str_equal (field, "rank")))
        replace_card (self, object);
    }
  else if (TANDEM_IS_HIGHLIGHT (object))
    {
      TandemObject *interview = tandem_object_get_parent (object);
      gboolean present = interview != NULL && tandem_object_get_parent (interview) != NULL;

      if (field == NULL || g_str_equal (field, "card"))
        update_highlight (self, object, present, TRUE);
    }
  else if (TANDEM_IS_INTERVIEW (object) && field == NULL)
    update_interview (self, object, TRUE);
}

static void
tandem_board_model_dispose (GObject *object)
{
  TandemBoardModel *self = TANDEM_BOARD_MODEL (object);

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_clear_object (&self->workspace);
  g_clear_pointer (&self->placements, g_hash_table_unref);
  g_clear_pointer (&self->cells, g_hash_table_unref);
  g_clear_pointer (&self->evidence, g_hash_table_unref);
  g_clear_pointer (&self->highlight_cards, g_hash_table_unref);

  G_OBJECT_CLASS (tandem_board_model_parent_class)->dispose (object);
}

static void
tandem_board_model_class_init (TandemBoardModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tandem_board_model_dispose;

  /**
   * TandemBoardModel::evidence-changed:
   * @card: the card whose number of linked highlights changed
   */
  signals [EVIDENCE_CHANGED] =
    g_signal_new ("evidence-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, TANDEM_TYPE_OBJECT);
}

static void
tandem_board_model_init (TandemBoardModel *self)
{
  self->cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->placements = g_hash_table_new_full (NULL, NULL, NULL, placement_free);
  self->evidence = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->highlight_cards = g_hash_table_new_full (NULL, NULL, NULL, g_free);
}

/**
 * tandem_board_model_new:
 *
 * Returns: (transfer full): the board model of @workspace, filled in one pass.
 */
TandemBoardModel *
tandem_board_model_new (TandemWorkspace *workspace)
{
  TandemBoardModel *self;
  GListModel *cards;
  GListModel *interviews;
  GHashTableIter iter;
  gpointer cell;

  g_return_val_if_fail (TANDEM_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (TANDEM_TYPE_BOARD_MODEL, NULL);
  self->workspace = g_object_ref (workspace);

  cards = G_LIST_MODEL (tandem_workspace_get_cards (workspace));
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(TandemObject) card = g_list_model_get_item (cards, i);

      place_card (self, card, TRUE);
    }
  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, NULL, &cell))
    _tandem_cell_model_sort (cell);

  interviews = G_LIST_MODEL (tandem_workspace_get_interviews (workspace));
  for (guint i = 0; i < g_list_model_get_n_items (interviews); i++)
    {
      g_autoptr(TandemObject) interview = g_list_model_get_item (interviews, i);

      update_interview (self, interview, FALSE);
    }

  g_signal_connect_object (workspace, "changed", G_CALLBACK (workspace_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return self;
}

/**
 * tandem_board_model_get_workspace:
 *
 * Returns: (transfer none): the workspace shown.
 */
TandemWorkspace *
tandem_board_model_get_workspace (TandemBoardModel *self)
{
  g_return_val_if_fail (TANDEM_IS_BOARD_MODEL (self), NULL);

  return self->workspace;
}

/**
 * tandem_board_model_get_cell:
 * @column: a column
 * @lane: (nullable): a lane, or %NULL for the cards without a lane
 *
 * Returns: (transfer none): the cards of that cell in board order, a
 *   #GListModel of #TandemCard that follows every change.
 */
TandemCellModel *
tandem_board_model_get_cell (TandemBoardModel *self,
                             TandemObject     *column,
                             TandemObject     *lane)
{
  g_return_val_if_fail (TANDEM_IS_BOARD_MODEL (self), NULL);
  g_return_val_if_fail (TANDEM_IS_OBJECT (column), NULL);
  g_return_val_if_fail (lane == NULL || TANDEM_IS_OBJECT (lane), NULL);

  return ensure_cell (self, tandem_object_get_id (column),
                      lane != NULL ? tandem_object_get_id (lane) : NULL);
}

/**
 * tandem_board_model_get_cell_of:
 *
 * Returns: (transfer none) (nullable): the cell that shows @card.
 */
TandemCellModel *
tandem_board_model_get_cell_of (TandemBoardModel *self,
                                TandemObject     *card)
{
  Placement *placement;

  g_return_val_if_fail (TANDEM_IS_BOARD_MODEL (self), NULL);

  placement = g_hash_table_lookup (self->placements, card);
  return placement != NULL ? placement->cell : NULL;
}

guint
tandem_board_model_get_evidence_count (TandemBoardModel *self,
                                       TandemObject     *card)
{
  g_return_val_if_fail (TANDEM_IS_BOARD_MODEL (self), 0);
  g_return_val_if_fail (TANDEM_IS_OBJECT (card), 0);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->evidence, tandem_object_get_id (card)));
}

/**
 * tandem_board_model_move_cards:
 *
 * tandem_board_move_cards(), reading the destination cell from this model
 * rather than from every card of the workspace: the same move and the same
 * undo step, in time that does not grow with the workspace.
 *
 * Returns: %FALSE, with @error set, as tandem_board_move_cards().
 */
gboolean
tandem_board_model_move_cards (TandemBoardModel  *self,
                               TandemObject     **cards,
                               guint              n_cards,
                               TandemObject      *column,
                               TandemObject      *lane,
                               guint              position,
                               GError           **error)
{
  g_return_val_if_fail (TANDEM_IS_BOARD_MODEL (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_OBJECT (column), FALSE);

  return _tandem_board_move_cards_in (self->workspace,
                                      G_LIST_MODEL (tandem_board_model_get_cell (self, column, lane)),
                                      cards, n_cards, column, lane, position, error);
}
