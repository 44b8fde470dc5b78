/* tandem-board-snapshot.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-board"

#include "config.h"

#include "tandem-board-private.h"

/* The board as a viewer of a snapshot or a comparison: read-only, and with
 * each changed card marked.  The workspace shown is then a copy (see
 * tandem_roadmap_to_workspace()), so even an edit that got through would
 * not reach the live workspace; read-only keeps the copy as it was taken. */

/* Every action that changes the workspace; filters, search, lanes shown or
 * hidden and the selection still work on a snapshot. */
static const char * const edit_actions[] = {
  "board.move-cards", "board.move-focused", "board.move-to", "board.move-to-chosen",
  "board.edit-card", "board.edit-focused", "board.add-card", "board.sort-column",
  "board.shift-column", "board.shift-lane", "board.move-column", "board.move-lane",
  "board.rename-column", "board.rename-lane", "board.remove-column", "board.remove-lane",
  "board.add-column", "board.add-lane", "board.preset",
};

gboolean
tandem_board_get_read_only (TandemBoard *self)
{
  g_return_val_if_fail (TANDEM_IS_BOARD (self), FALSE);

  return self->read_only;
}

/**
 * tandem_board_set_read_only:
 *
 * Disables the actions that edit, the drags and drops and the quick-add
 * entries.  Set before tandem_board_set_workspace(): the cells and their
 * drag sources are made when the workspace is set.
 */
void
tandem_board_set_read_only (TandemBoard *self,
                            gboolean     read_only)
{
  g_return_if_fail (TANDEM_IS_BOARD (self));
  g_return_if_fail (self->workspace == NULL);

  read_only = !!read_only;
  if (self->read_only == read_only)
    return;
  self->read_only = read_only;
  for (guint i = 0; i < G_N_ELEMENTS (edit_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), edit_actions[i], !read_only);
  if (read_only)
    gtk_widget_add_css_class (GTK_WIDGET (self), "read-only");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "read-only");
}

/**
 * tandem_board_get_changes:
 *
 * Returns: (transfer none) (nullable) (element-type TandemChange): the
 *   changes marked on the cards.
 */
GPtrArray *
tandem_board_get_changes (TandemBoard *self)
{
  g_return_val_if_fail (TANDEM_IS_BOARD (self), NULL);

  return self->changes;
}

/**
 * tandem_board_set_changes:
 * @changes: (nullable) (element-type TandemChange): what a comparison found,
 *   from tandem_roadmap_compare(), or %NULL to mark nothing
 *
 * Marks each card that @changes names, by its id.
 */
void
tandem_board_set_changes (TandemBoard *self,
                          GPtrArray   *changes)
{
  GHashTableIter iter;
  gpointer card, widget;

  g_return_if_fail (TANDEM_IS_BOARD (self));

  if (self->changes == changes)
    return;
  g_clear_pointer (&self->change_index, g_hash_table_unref);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  if (changes != NULL)
    {
      self->changes = g_ptr_array_ref (changes);
      self->change_index = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < changes->len; i++)
        {
          TandemChange *change = g_ptr_array_index (changes, i);

          g_hash_table_insert (self->change_index, change->card, change);
        }
    }

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &card, &widget))
    tandem_card_widget_set_change (widget, _tandem_board_lookup_change (self, card));
}

const TandemChange *
_tandem_board_lookup_change (TandemBoard  *self,
                             TandemObject *card)
{
  if (self->change_index == NULL)
    return NULL;
  return g_hash_table_lookup (self->change_index, tandem_object_get_id (card));
}
