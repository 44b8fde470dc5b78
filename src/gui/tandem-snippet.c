/* tandem-snippet.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-snippet"

#include "config.h"

#include "tandem-snippet.h"

/* Two lines of marked-up text, wrapped and ellipsized to the width it is
 * given, always two lines high: a search result's snippet in the interview
 * list.  A GtkLabel asks for a new size whenever its text changes, and each
 * search keystroke changes the snippet of every row in view; GTK 4.8 then
 * measures the window again, and every changed label at several widths
 * (most of a keystroke's work in the main thread).  This widget's size does
 * not depend on its text, so new text is only drawn again. */

#define N_LINES 2

struct _TandemSnippet
{
  GtkWidget      parent_instance;

  char          *markup;
  char          *text;
  PangoAttrList *attributes;
  PangoLayout   *layout;     /* made when drawn, dropped when the text or style changes */
};

G_DEFINE_FINAL_TYPE (TandemSnippet, tandem_snippet, GTK_TYPE_WIDGET)

static void
tandem_snippet_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* As narrow as the row: the text wraps and ellipsizes to fit. */
      *minimum = *natural = 0;
    }
  else
    {
      PangoContext *context = gtk_widget_get_pango_context (widget);
      PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);

      *minimum = *natural = N_LINES * PANGO_PIXELS_CEIL (pango_font_metrics_get_height (metrics));
      pango_font_metrics_unref (metrics);
    }
}

static void
tandem_snippet_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  TandemSnippet *self = TANDEM_SNIPPET (widget);
  GdkRGBA color;

  if (self->text == NULL)
    return;
  if (self->layout == NULL)
    {
      self->layout = gtk_widget_create_pango_layout (widget, self->text);
      pango_layout_set_attributes (self->layout, self->attributes);
      pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (self->layout, -N_LINES);
      /* The side the row's labels start from. */
      pango_layout_set_alignment (self->layout, gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL
                                                  ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
    }
  pango_layout_set_width (self->layout, gtk_widget_get_width (widget) * PANGO_SCALE);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  gtk_snapshot_append_layout (snapshot, self->layout, &color);
}

static void
tandem_snippet_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  TandemSnippet *self = TANDEM_SNIPPET (widget);

  /* GtkWidget's own asks for a new size when the change affects it (a
   * font); the layout is made again either way. */
  GTK_WIDGET_CLASS (tandem_snippet_parent_class)->css_changed (widget, change);
  g_clear_object (&self->layout);
}

static void
tandem_snippet_direction_changed (GtkWidget        *widget,
                                  GtkTextDirection  previous)
{
  TandemSnippet *self = TANDEM_SNIPPET (widget);

  GTK_WIDGET_CLASS (tandem_snippet_parent_class)->direction_changed (widget, previous);
  g_clear_object (&self->layout);
  gtk_widget_queue_draw (widget);
}

static void
tandem_snippet_finalize (GObject *object)
{
  TandemSnippet *self = TANDEM_SNIPPET (object);

  g_free (self->markup);
  g_free (self->text);
  g_clear_pointer (&self->attributes, pango_attr_list_unref);
  g_clear_object (&self->layout);

  G_OBJECT_CLASS (tandem_snippet_parent_class)->finalize (object);
}

static void
tandem_snippet_class_init (TandemSnippetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = tandem_snippet_finalize;
  widget_class->measure = tandem_snippet_measure;
  widget_class->snapshot = tandem_snippet_snapshot;
  widget_class->css_changed = tandem_snippet_css_changed;
  widget_class->direction_changed = tandem_snippet_direction_changed;
  /* Styled as a label is. */
  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
tandem_snippet_init (TandemSnippet *self)
{
  /* A line in a fallback font (CJK, Arabic, emoji) can be taller than the
   * primary font's two lines: it is cut, not drawn over the next row. */
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
tandem_snippet_new (void)
{
  return g_object_new (TANDEM_TYPE_SNIPPET, NULL);
}

const char *
tandem_snippet_get_markup (TandemSnippet *self)
{
  g_return_val_if_fail (TANDEM_IS_SNIPPET (self), NULL);

  return self->markup;
}

/**
 * tandem_snippet_set_markup:
 * @markup: (nullable): Pango markup
 *
 * Shows @markup; draws again, without asking for a new size.
 */
void
tandem_snippet_set_markup (TandemSnippet *self,
                           const char    *markup)
{
  g_autoptr(GError) error = NULL;
  PangoAttrList *attributes = NULL;
  char *text = NULL;

  g_return_if_fail (TANDEM_IS_SNIPPET (self));

  if (g_strcmp0 (self->markup, markup) == 0)
    return;
  if (markup != NULL && !pango_parse_markup (markup, -1, 0, &attributes, &text, NULL, &error))
    {
      g_warning ("Snippet markup: %s", error->message);
      return;
    }
  g_free (self->markup);
  self->markup = g_strdup (markup);
  g_free (self->text);
  self->text = text;
  g_clear_pointer (&self->attributes, pango_attr_list_unref);
  self->attributes = attributes;
  g_clear_object (&self->layout);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text != NULL ? text : "", -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
