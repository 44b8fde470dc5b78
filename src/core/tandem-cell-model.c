/* tandem-cell-model.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-cell-model"

#include "config.h"

#include <string.h>

#include "tandem-card.h"
#include "tandem-cell-model-private.h"

/* The cards of one cell of the board (a column and a lane), in board order:
 * rank, then id.  It keeps the rank each card was placed with, so the board
 * model can find a card after its rank changed, and it emits exact
 * items-changed so that list views only touch the rows that moved. */

typedef struct
{
  TandemObject *card;
  char         *rank;
} Entry;

struct _TandemCellModel
{
  GObject  parent_instance;

  char    *column_id;
  char    *lane_id;
  GArray  *entries;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TandemCellModel, tandem_cell_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
tandem_cell_model_get_item_type (GListModel *model)
{
  return TANDEM_TYPE_CARD;
}

static guint
tandem_cell_model_get_n_items (GListModel *model)
{
  return TANDEM_CELL_MODEL (model)->entries->len;
}

static gpointer
tandem_cell_model_get_item (GListModel *model,
                            guint       position)
{
  TandemCellModel *self = TANDEM_CELL_MODEL (model);

  if (position >= self->entries->len)
    return NULL;
  return g_object_ref (g_array_index (self->entries, Entry, position).card);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = tandem_cell_model_get_item_type;
  iface->get_n_items = tandem_cell_model_get_n_items;
  iface->get_item = tandem_cell_model_get_item;
}

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_clear_object (&entry->card);
  g_clear_pointer (&entry->rank, g_free);
}

static void
tandem_cell_model_finalize (GObject *object)
{
  TandemCellModel *self = TANDEM_CELL_MODEL (object);

  g_array_unref (self->entries);
  g_free (self->column_id);
  g_free (self->lane_id);

  G_OBJECT_CLASS (tandem_cell_model_parent_class)->finalize (object);
}

static void
tandem_cell_model_class_init (TandemCellModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tandem_cell_model_finalize;
}

static void
tandem_cell_model_init (TandemCellModel *self)
{
  self->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_array_set_clear_func (self->entries, entry_clear);
}

TandemCellModel *
_tandem_cell_model_new (const char *column_id,
                        const char *lane_id)
{
  TandemCellModel *self = g_object_new (TANDEM_TYPE_CELL_MODEL, NULL);

  self->column_id = g_strdup (column_id);
  self->lane_id = g_strdup (lane_id);
  return self;
}

const char *
tandem_cell_model_get_column_id (TandemCellModel *self)
{
  g_return_val_if_fail (TANDEM_IS_CELL_MODEL (self), NULL);

  return self->column_id;
}

/**
 * tandem_cell_model_get_lane_id:
 *
 * Returns: (nullable): the lane of the cell, or %NULL for the cards without one.
 */
const char *
tandem_cell_model_get_lane_id (TandemCellModel *self)
{
  g_return_val_if_fail (TANDEM_IS_CELL_MODEL (self), NULL);

  return self->lane_id;
}

static int
compare_entries (const char   *rank_a,
                 TandemObject *card_a,
                 const char   *rank_b,
                 TandemObject *card_b)
{
  int cmp = g_strcmp0 (rank_a, rank_b);

  if (cmp != 0)
    return cmp;
  return g_strcmp0 (tandem_object_get_id (card_a), tandem_object_get_id (card_b));
}

static int
compare_entry_structs (gconstpointer a,
                       gconstpointer b)
{
  const Entry *ea = a;
  const Entry *eb = b;

  return compare_entries (ea->rank, ea->card, eb->rank, eb->card);
}

/* The index of the first entry not before (@rank, @card). */
static guint
lower_bound (TandemCellModel *self,
             TandemObject    *card,
             const char      *rank)
{
  guint lo = 0;
  guint hi = self->entries->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      Entry *entry = &g_array_index (self->entries, Entry, mid);

      if (compare_entries (entry->rank, entry->card, rank, card) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* For a bulk load: appends without sorting or signalling; call _sort() after. */
void
_tandem_cell_model_add (TandemCellModel *self,
                        TandemObject    *card,
                        const char      *rank)
{
  Entry entry = { g_object_ref (card), g_strdup (rank) };

  g_array_append_val (self->entries, entry);
}

void
_tandem_cell_model_sort (TandemCellModel *self)
{
  g_array_sort (self->entries, compare_entry_structs);
}

void
_tandem_cell_model_insert (TandemCellModel *self,
                           TandemObject    *card,
                           const char      *rank)
{
  Entry entry = { g_object_ref (card), g_strdup (rank) };
  guint position = lower_bound (self, card, rank);

  g_array_insert_val (self->entries, position, entry);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
}

void
_tandem_cell_model_remove (TandemCellModel *self,
                           TandemObject    *card,
                           const char      *rank)
{
  guint position = lower_bound (self, card, rank);

  g_return_if_fail (position < self->entries->len);
  g_return_if_fail (g_array_index (self->entries, Entry, position).card == card);

  g_array_remove_index (self->entries, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
}

/* A card that stays in this cell but changes rank: one items-changed over
 * the places between where it was and where it goes, so that a view keeps
 * the rows before and after as they are (and GTK's list views reuse the
 * row of the card itself rather than making a new one). */
void
_tandem_cell_model_rerank (TandemCellModel *self,
                           TandemObject    *card,
                           const char      *old_rank,
                           const char      *new_rank)
{
  guint from = lower_bound (self, card, old_rank);
  Entry *slot;
  Entry entry;
  guint to;

  g_return_if_fail (from < self->entries->len);
  g_return_if_fail (g_array_index (self->entries, Entry, from).card == card);

  /* Take the entry out without the clear function freeing it. */
  slot = &g_array_index (self->entries, Entry, from);
  entry = *slot;
  *slot = (Entry) { NULL, NULL };
  g_array_remove_index (self->entries, from);

  g_free (entry.rank);
  entry.rank = g_strdup (new_rank);
  to = lower_bound (self, card, new_rank);
  g_array_insert_val (self->entries, to, entry);

  if (from != to)
    g_list_model_items_changed (G_LIST_MODEL (self), MIN (from, to),
                                MAX (from, to) - MIN (from, to) + 1,
                                MAX (from, to) - MIN (from, to) + 1);
}
