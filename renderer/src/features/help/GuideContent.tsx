import { Alert, Anchor, Box, Code, Divider, Image, List, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import { guideImageUrl } from './guide';
import { internalTarget, type Block, type Inline } from './markdown';

/** Fixed header height plus breathing room, so a scrolled-to heading is not hidden under it. */
const SCROLL_MARGIN = 76;

/**
 * Renders the parsed guide as React elements. Text is always text: there is no path from
 * the Markdown to innerHTML, and links leave the app only as readable words (Vangnet has no
 * network); links to "#section" become in-app links to that section.
 */
export function GuideContent({ blocks }: { blocks: readonly Block[] }) {
  return (
    <Stack gap="md" className="vangnet-guide">
      {blocks.map((block, index) => (
        <GuideBlock key={index} block={block} />
      ))}
    </Stack>
  );
}

function GuideBlock({ block }: { block: Block }) {
  switch (block.type) {
    case 'heading':
      return (
        <Title
          order={block.level}
          id={block.id}
          tabIndex={-1}
          mt={block.level <= 2 ? 'xl' : 'sm'}
          fz={block.level === 1 ? 'h1' : block.level === 2 ? 'h2' : block.level === 3 ? 'h4' : 'h5'}
          style={{ scrollMarginTop: SCROLL_MARGIN, outline: 'none' }}
        >
          <Inlines nodes={block.children} />
        </Title>
      );
    case 'paragraph':
      return (
        <Text>
          <Inlines nodes={block.children} />
        </Text>
      );
    case 'list': {
      return (
        <List type={block.ordered ? 'ordered' : 'unordered'} spacing={4} withPadding>
          {block.items.map((item, i) => (
            <List.Item key={i}>
              <Inlines nodes={item} />
            </List.Item>
          ))}
        </List>
      );
    }
    case 'callout':
      return (
        <Alert color="vangnet" variant="light" icon={<IconInfoCircle size={20} aria-hidden />} role="note">
          <Stack gap="xs">
            {block.children.map((para, i) => (
              <Text key={i} size="md">
                <Inlines nodes={para} />
              </Text>
            ))}
          </Stack>
        </Alert>
      );
    case 'image': {
      const url = guideImageUrl(block.src);
      if (!url) {
        return (
          <Text size="sm" c="dimmed" fs="italic">
            {block.alt}
          </Text>
        );
      }
      return (
        <Box component="figure" m={0}>
          <Image
            src={url}
            alt={block.alt}
            radius="sm"
            loading="lazy"
            maw={960}
            style={{ border: '1px solid var(--mantine-color-gray-3)' }}
          />
          <Text component="figcaption" size="sm" c="dimmed" mt={4}>
            {block.alt}
          </Text>
        </Box>
      );
    }
    case 'rule':
      return <Divider my="sm" />;
    default:
      return null;
  }
}

function Inlines({ nodes }: { nodes: readonly Inline[] }): ReactNode {
  return (
    <>
      {nodes.map((node, i) => (
        <Fragment key={i}>{renderInline(node)}</Fragment>
      ))}
    </>
  );
}

function renderInline(node: Inline): ReactNode {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'strong':
      return (
        <strong>
          <Inlines nodes={node.children} />
        </strong>
      );
    case 'em':
      return (
        <em>
          <Inlines nodes={node.children} />
        </em>
      );
    case 'code':
      return <Code fz="0.92em">{node.text}</Code>;
    case 'link': {
      const target = internalTarget(node.href);
      if (target) {
        return (
          <Anchor component={Link} to={`/hulp/${target}`}>
            <Inlines nodes={node.children} />
          </Anchor>
        );
      }
      // Outside addresses are shown, never opened: the user types them in a browser if needed.
      const label = node.children.map((c) => (c.type === 'text' ? c.text : '')).join('');
      const shown = node.href.replace(/^https?:\/\//, '').replace(/\/$/, '');
      return (
        <>
          <Inlines nodes={node.children} />
          {label.includes(shown) ? null : ` (${shown})`}
        </>
      );
    }
    default:
      return null;
  }
}
