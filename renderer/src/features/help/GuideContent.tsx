import { Alert, Anchor, Box, Code, Divider, Image, List, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { Element, ElementContent } from 'hast';
import { memo, type ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import { Link } from 'react-router';
import { internalTarget, remarkHeadingIds } from './guideModel';

/** Fixed header height plus breathing room, so a scrolled-to heading is not hidden under it. */
const SCROLL_MARGIN = 76;

const REMARK_PLUGINS = [remarkHeadingIds];

/** The visible text of a rendered element (for a link's label). */
function hastText(node: Element | ElementContent | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(hastText).join('');
  return '';
}

function heading(order: TitleOrder) {
  const size = order === 1 ? 'h1' : order === 2 ? 'h2' : order === 3 ? 'h4' : 'h5';
  return function GuideHeading({ id, children }: { id?: string; children?: ReactNode }) {
    return (
      <Title
        order={order}
        id={id}
        tabIndex={-1}
        mt={order <= 2 ? 'xl' : 'sm'}
        fz={size}
        style={{ scrollMarginTop: SCROLL_MARGIN, outline: 'none' }}
      >
        {children}
      </Title>
    );
  };
}

function components(imageUrl: (src: string) => string | null): Components {
  return {
    h1: heading(1),
    h2: heading(2),
    h3: heading(3),
    h4: heading(4),
    h5: heading(5),
    h6: heading(6),
    p({ node, children }) {
      // A paragraph that is only an image is a screenshot with its caption.
      const only = node?.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
      const img = only?.length === 1 && only[0]?.type === 'element' && only[0].tagName === 'img' ? only[0] : null;
      if (img) {
        const alt = String(img.properties.alt ?? '');
        const url = imageUrl(String(img.properties.src ?? ''));
        if (!url) {
          return (
            <Text size="sm" c="dimmed" fs="italic">
              {alt}
            </Text>
          );
        }
        return (
          <Box component="figure" m={0}>
            <Image
              src={url}
              alt={alt}
              radius="sm"
              loading="lazy"
              maw={960}
              style={{ border: '1px solid var(--mantine-color-gray-3)' }}
            />
            <Text component="figcaption" size="sm" c="dimmed" mt={4}>
              {alt}
            </Text>
          </Box>
        );
      }
      return <Text>{children}</Text>;
    },
    // An image inside running text: its description, never a fetch of an unknown address.
    img({ alt }) {
      return <>{alt}</>;
    },
    ul({ children }) {
      return (
        <List type="unordered" spacing={4} withPadding>
          {children}
        </List>
      );
    },
    ol({ children }) {
      return (
        <List type="ordered" spacing={4} withPadding>
          {children}
        </List>
      );
    },
    li({ children }) {
      return <List.Item>{children}</List.Item>;
    },
    blockquote({ children }) {
      return (
        <Alert color="vangnet" variant="light" icon={<IconInfoCircle size={20} aria-hidden />} role="note">
          <Stack gap="xs">{children}</Stack>
        </Alert>
      );
    },
    code({ children }) {
      return <Code fz="0.92em">{children}</Code>;
    },
    hr() {
      return <Divider my="sm" />;
    },
    a({ node, href, children }) {
      const target = internalTarget(href ?? '');
      if (target) {
        return (
          <Anchor component={Link} to={`/hulp/${target}`}>
            {children}
          </Anchor>
        );
      }
      // Outside addresses are shown, never opened: the user types them in a browser if needed.
      const label = hastText(node);
      const shown = (href ?? '').replace(/^https?:\/\//, '').replace(/\/$/, '');
      return (
        <>
          {children}
          {!shown || label.includes(shown) ? null : ` (${shown})`}
        </>
      );
    },
  };
}

/**
 * Renders the guide's Markdown as React elements with react-markdown. Text is always text:
 * there is no path from the Markdown to innerHTML — raw HTML in the source is shown as literal
 * text (react-markdown without rehype-raw), and links leave the app only as readable words
 * (Vangnet has no network); links to "#section" become in-app links to that section.
 * Memoised: the guide is parsed once per mount, not on every navigation inside it.
 */
export const GuideContent = memo(function GuideContent({
  source,
  imageUrl,
}: {
  source: string;
  imageUrl: (src: string) => string | null;
}) {
  return (
    <Stack gap="md" className="vangnet-guide">
      <Markdown remarkPlugins={REMARK_PLUGINS} components={components(imageUrl)}>
        {source}
      </Markdown>
    </Stack>
  );
});
